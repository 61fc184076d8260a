package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.ERROR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguarding.review.Decision_;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.HousingPlacement_;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.LearningSummary_;
import org.safeguarding.review.PanelResponse_;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.Property;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.RapidReviewTimeline_;
import org.safeguarding.review.RapidReview_;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.ReviewReference_;
import org.safeguarding.review.Submission;
import org.safeguarding.review.Submission_;
import org.safeguarding.review.When;
import org.safeguarding.review.When_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/**
 * Dates that run in one order do: a placement's end after its start, a span's end after its start,
 * a source's publication and the date it reached its stage after its decision, a document's next
 * review after its approval, a response to a submission after it was sent, and a
 * rapid review's dates (became aware,
 * notification sent, meetings, submitted; the decision after the local authority became aware; the
 * Panel's response after the review was submitted). Dates known only to the month or the year are
 * out of order only when certainly so.
 */
public final class DatesInOrder implements DocumentCheck {

  /** Dates that must be in order are not. */
  public static final IssueCode DATES_OUT_OF_ORDER =
      IssueCode.of("dates.outOfOrder", DOMAIN_RULE, ERROR, "dates that run in one order, such as a start and an end, do not");

  /** The check; it keeps nothing between documents. */
  public DatesInOrder() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    parts.all(HousingPlacement.class).forEach(placement -> inOrder(placement, HousingPlacement_.START, HousingPlacement_.END, issues));
    parts.all(When.class).forEach(when -> inOrder(when, When_.FROM, When_.TO, issues));
    parts.all(ReviewReference.class).forEach(source -> afterTheDecision(source, issues));
    parts.all(Submission.class).forEach(submission -> inOrder(submission, Submission_.DATE, Submission_.RESPONSE_DATE, issues));
    parts.document(LearningSummary.class)
        .ifPresent(summary -> inOrder(summary, LearningSummary_.APPROVAL_DATE, LearningSummary_.NEXT_REVIEW_DATE, issues));
    parts.document(RapidReview.class).ifPresent(review -> rapidReview(review, issues));
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(DATES_OUT_OF_ORDER);
  }

  private static void rapidReview(Located<RapidReview> review, List<ValidationIssue> issues) {
    Located<RapidReviewTimeline> timeline = review.get(RapidReview_.TIMELINE);
    timeline(timeline, issues);
    Optional<PartialDate> aware = timeline.value().getBecameAware();
    review
        .getIfPresent(RapidReview_.DECISION)
        .flatMap(decision -> decision.getIfPresent(Decision_.DATE))
        .filter(date -> aware.isPresent() && date.value().isBefore(aware.get()))
        .ifPresent(date -> issues.add(ValidationIssue.of(DATES_OUT_OF_ORDER, date.pointer(),
            IssueMessages.quoted(Decision_.DATE.name()) + " of the decision must not be before "
                + IssueMessages.quoted(RapidReviewTimeline_.BECAME_AWARE.name()))));
    Optional<PartialDate> submitted = timeline.value().getSubmitted();
    review
        .getIfPresent(RapidReview_.PANEL_RESPONSE)
        .flatMap(response -> response.getIfPresent(PanelResponse_.DATE))
        .filter(date -> submitted.isPresent() && date.value().isBefore(submitted.get()))
        .ifPresent(date -> issues.add(ValidationIssue.of(DATES_OUT_OF_ORDER, date.pointer(),
            IssueMessages.quoted(PanelResponse_.DATE.name()) + " of the Panel's response must not be before "
                + IssueMessages.quoted(RapidReviewTimeline_.SUBMITTED.name()))));
  }

  /**
   * Became aware, notification sent, each meeting, submitted: each not certainly before the one
   * before it.
   */
  private static void timeline(Located<RapidReviewTimeline> timeline, List<ValidationIssue> issues) {
    List<Located<PartialDate>> chain = new ArrayList<>();
    timeline.getIfPresent(RapidReviewTimeline_.BECAME_AWARE).ifPresent(chain::add);
    timeline.getIfPresent(RapidReviewTimeline_.NOTIFICATION_SENT).ifPresent(chain::add);
    chain.addAll(timeline.getAll(RapidReviewTimeline_.MEETINGS));
    timeline.getIfPresent(RapidReviewTimeline_.SUBMITTED).ifPresent(chain::add);

    if (chain.isEmpty()) {
      return;
    }
    Located<PartialDate> latest = chain.get(0);
    for (Located<PartialDate> date : chain.subList(1, chain.size())) {
      if (date.value().isBefore(latest.value())) {
        issues.add(ValidationIssue.of(
            DATES_OUT_OF_ORDER,
            date.pointer(),
            "the date must not be before " + latest.pointer()
                + "; a rapid review's dates run: became aware, notification sent, meetings, submitted"));
      } else if (date.value().getEarliest().isAfter(latest.value().getEarliest())) {
        latest = date;
      }
    }
  }

  /**
   * A source's publication and the date it reached its stage are not before its decision: the
   * decision's date, else the date, or the start, of the words it was given in ({@code decisionWhen}).
   */
  private static void afterTheDecision(Located<ReviewReference> source, List<ValidationIssue> issues) {
    decision(source.value()).ifPresent(decision -> {
      source.getIfPresent(ReviewReference_.PUBLICATION_DATE)
          .filter(date -> date.value().isBefore(decision.date()))
          .ifPresent(date -> issues.add(notBefore(date.pointer(), ReviewReference_.PUBLICATION_DATE.name(), decision.name())));
      source.getIfPresent(ReviewReference_.STAGE_WHEN)
          .flatMap(stage -> stage.getIfPresent(When_.DATE))
          .filter(date -> date.value().isBefore(decision.date()))
          .ifPresent(date -> issues.add(notBefore(date.pointer(), ReviewReference_.STAGE_WHEN.name(), decision.name())));
    });
  }

  /** When a review was decided on, and the property that says so. */
  private record Decided(PartialDate date, String name) {}

  private static Optional<Decided> decision(ReviewReference source) {
    String when = ReviewReference_.DECISION_WHEN.name() + "/";
    return source.getDecisionDate().map(date -> new Decided(date, ReviewReference_.DECISION_DATE.name()))
        .or(() -> source.getDecisionWhen().flatMap(words -> words.getDate().map(date -> new Decided(date, when + When_.DATE.name()))
            .or(() -> words.getFrom().map(from -> new Decided(from, when + When_.FROM.name())))));
  }

  /** Reports {@code later} when a part has both dates and it is before {@code earlier}. */
  private static <T> void inOrder(
      Located<T> part, Property<T, Optional<PartialDate>> earlier, Property<T, Optional<PartialDate>> later, List<ValidationIssue> issues) {
    Optional<PartialDate> first = earlier.get(part.value());
    Optional<PartialDate> second = later.get(part.value());
    if (first.isPresent() && second.isPresent() && second.get().isBefore(first.get())) {
      issues.add(notBefore(part.at(later), later.name(), earlier.name()));
    }
  }

  private static ValidationIssue notBefore(Pointer at, String later, String earlier) {
    return ValidationIssue.of(DATES_OUT_OF_ORDER, at, IssueMessages.quoted(later) + " must not be before " + IssueMessages.quoted(earlier));
  }
}
