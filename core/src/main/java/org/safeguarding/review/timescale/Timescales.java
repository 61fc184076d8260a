package org.safeguarding.review.timescale;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguarding.review.AccommodationType;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.HousingPlacement_;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.RapidReviewTimeline_;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.ReviewReference_;
import org.safeguarding.review.ReviewType;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;

/**
 * The statutory and guidance deadlines of {@link TimescaleRule}, worked out on a working-day
 * calendar, and the check that reports a document's late dates as warnings: at the JSON Pointer
 * of the late date, with the due date and how late it was. Late is a fact to report, never a
 * reason to reject a document, so these issues are never errors.
 *
 * <p>Dates known only to the month, the season or the year are late only when certainly late, and
 * a date the encoder inferred is never the ground of a warning. Instances are immutable and
 * thread-safe.
 */
public final class Timescales implements DocumentCheck {

  /** What the 15 working days of a rapid review count from. */
  public enum RapidReviewAnchor {
    /** From the day the notification was sent (Panel guidance, June 2025); the default. */
    NOTIFICATION_SENT,
    /** From the day the partners became aware (the 2018 wording some partnerships still use). */
    BECAME_AWARE
  }

  private static final Timescales STANDARD =
      new Timescales(WorkingDayCalendar.englandAndWales(), RapidReviewAnchor.NOTIFICATION_SENT);

  private final WorkingDayCalendar calendar;
  private final RapidReviewAnchor anchor;

  private Timescales(WorkingDayCalendar calendar, RapidReviewAnchor anchor) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.anchor = Objects.requireNonNull(anchor, "anchor");
  }

  /** {@return England and Wales working days; rapid reviews counted from the notification} */
  public static Timescales standard() {
    return STANDARD;
  }

  /**
   * {@return timescales on another calendar, or counting rapid reviews from another anchor}
   *
   * @param calendar the working days to count
   * @param anchor the date a rapid review's 15 working days count from
   */
  public static Timescales of(WorkingDayCalendar calendar, RapidReviewAnchor anchor) {
    return new Timescales(calendar, anchor);
  }

  /** {@return the working-day calendar} */
  public WorkingDayCalendar getCalendar() {
    return calendar;
  }

  /** {@return what rapid reviews count from} */
  public RapidReviewAnchor getAnchor() {
    return anchor;
  }

  /**
   * {@return the last day to notify the Panel: 5 working days after becoming aware}
   *
   * @param becameAware when the local authority became aware of the incident
   */
  public Deadline notification(LocalDate becameAware) {
    return deadline(TimescaleRule.NOTIFICATION, becameAware);
  }

  /**
   * The last day to send the rapid review: 15 working days after the notification was sent or,
   * with the other anchor, after becoming aware.
   *
   * @param becameAware when the local authority became aware of the incident
   * @param notificationSent when the notification was sent to the Panel
   * @return the deadline, counted from the date of this timescales' anchor
   */
  public Deadline rapidReview(LocalDate becameAware, LocalDate notificationSent) {
    return deadline(TimescaleRule.RAPID_REVIEW, anchor == RapidReviewAnchor.BECAME_AWARE ? becameAware : notificationSent);
  }

  /**
   * {@return the last day to publish a local child safeguarding practice review: 6 months after the
   * decision}
   *
   * @param decision when the decision to undertake the review was made
   */
  public Deadline publication(LocalDate decision) {
    return deadline(TimescaleRule.PUBLICATION, decision);
  }

  /**
   * {@return the last day to send the final report: 7 working days before publication}
   *
   * @param publication the planned publication date
   */
  public Deadline finalReport(LocalDate publication) {
    return deadline(TimescaleRule.FINAL_REPORT, publication);
  }

  /**
   * {@return the last day to notify the host authority of an out-of-district placement: 14 days
   * after it began}
   *
   * @param placementStart when the placement began
   */
  public Deadline outOfDistrictNotice(LocalDate placementStart) {
    return deadline(TimescaleRule.OUT_OF_DISTRICT_NOTICE, placementStart);
  }

  /**
   * {@return the last day a family with children should be in bed and breakfast: 6 weeks after
   * moving in}
   *
   * @param start when the family moved in
   */
  public Deadline bedAndBreakfast(LocalDate start) {
    return deadline(TimescaleRule.BED_AND_BREAKFAST, start);
  }

  /**
   * {@return the deadline of {@code rule} counted from {@code from} on this calendar}
   *
   * @param rule the timescale
   * @param from the date it counts from
   */
  public Deadline deadline(TimescaleRule rule, LocalDate from) {
    return new Deadline(rule, from, rule.due(from, calendar));
  }

  /**
   * The schedule of a case from the dates known so far: the notification from becoming aware, the
   * rapid review from its anchor date, and publication and the final report from the decision to
   * undertake a local review, in the order they fall due. A deadline whose starting date is not
   * given is left out.
   *
   * @param becameAware when the local authority became aware of the incident, if known
   * @param notificationSent when the notification was sent to the Panel, if known
   * @param decision when the decision to undertake a local review was made, if known
   * @return the deadlines, earliest first
   */
  public List<Deadline> schedule(
      Optional<LocalDate> becameAware, Optional<LocalDate> notificationSent, Optional<LocalDate> decision) {
    List<Deadline> schedule = new ArrayList<>();
    becameAware.ifPresent(aware -> schedule.add(notification(aware)));
    Optional<LocalDate> from = anchor == RapidReviewAnchor.BECAME_AWARE ? becameAware : notificationSent;
    from.ifPresent(start -> schedule.add(deadline(TimescaleRule.RAPID_REVIEW, start)));
    decision.ifPresent(d -> {
      Deadline publication = publication(d);
      schedule.add(publication);
      schedule.add(finalReport(publication.due()));
    });
    schedule.sort(Comparator.comparing(Deadline::due));
    return schedule;
  }

  /** The late dates of a document, as warnings. */
  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    parts.all(RapidReviewTimeline.class).forEach(timeline -> rapidReviewDates(timeline, issues));
    parts.all(ReviewReference.class).forEach(source -> publication(source, issues));
    parts.all(HousingPlacement.class).forEach(placement -> placement(placement, issues));
    return issues;
  }

  /** {@return the code of each rule's warning} */
  @Override
  public List<IssueCode> codes() {
    return Arrays.stream(TimescaleRule.values()).map(TimescaleRule::getCode).toList();
  }

  /**
   * The notification and the rapid review, each late only when certainly late: counted from the
   * last day a partial starting date can stand for, and compared with the first day a partial date
   * of sending can stand for; a date the encoder inferred is not used.
   */
  private void rapidReviewDates(Located<RapidReviewTimeline> located, List<ValidationIssue> issues) {
    RapidReviewTimeline timeline = located.value();
    Optional<LocalDate> aware = stated(timeline.getBecameAware()).map(PartialDate::getLatest);
    Optional<PartialDate> sent = stated(timeline.getNotificationSent());
    aware.ifPresent(date -> sent.ifPresent(notified ->
        late(notification(date), notified.getEarliest(), located.at(RapidReviewTimeline_.NOTIFICATION_SENT), issues)));
    Optional<LocalDate> from = anchor == RapidReviewAnchor.BECAME_AWARE ? aware : sent.map(PartialDate::getLatest);
    stated(timeline.getSubmitted()).ifPresent(submitted -> from.ifPresent(start ->
        late(deadline(TimescaleRule.RAPID_REVIEW, start), submitted.getEarliest(), located.at(RapidReviewTimeline_.SUBMITTED), issues)));
  }

  private void publication(Located<ReviewReference> located, List<ValidationIssue> issues) {
    ReviewReference source = located.value();
    if (source.getType().equals(Optional.of(ReviewType.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW))
        && stated(source.getDecisionDate()).isPresent()
        && stated(source.getPublicationDate()).isPresent()) {
      Deadline due = publication(source.getDecisionDate().get().getLatest());
      late(due, source.getPublicationDate().get().getEarliest(), located.at(ReviewReference_.PUBLICATION_DATE), issues);
    }
  }

  private void placement(Located<HousingPlacement> located, List<ValidationIssue> issues) {
    HousingPlacement placement = located.value();
    if (stated(placement.getStart()).isEmpty()) {
      return;
    }
    LocalDate latestStart = placement.getStart().get().getLatest();
    if (placement.getOutOfArea().orElse(false) && placement.getHostAuthorityNotified().isPresent()) {
      late(outOfDistrictNotice(latestStart), placement.getHostAuthorityNotified().get(), located.at(HousingPlacement_.HOST_AUTHORITY_NOTIFIED), issues);
    }
    if (placement.getAccommodationType().equals(Optional.of(AccommodationType.BED_AND_BREAKFAST))
        && stated(placement.getEnd()).isPresent()) {
      late(bedAndBreakfast(latestStart), placement.getEnd().get().getEarliest(), located.at(HousingPlacement_.END), issues);
    }
  }

  /** A date the document states: one the encoder inferred is never the ground of a warning. */
  private static Optional<PartialDate> stated(Optional<PartialDate> date) {
    return date.filter(d -> !d.isInferred());
  }

  /** A warning when {@code actual} is after the deadline, saying the due date and by how much. */
  private void late(Deadline deadline, LocalDate actual, Pointer at, List<ValidationIssue> issues) {
    if (!actual.isAfter(deadline.due())) {
      return;
    }
    TimescaleRule rule = deadline.rule();
    String by =
        rule.getUnit() == TimescaleRule.Unit.WORKING_DAYS
            ? TimescaleRule.Unit.WORKING_DAYS.count(calendar.workingDaysBetween(deadline.due(), actual))
            : TimescaleRule.Unit.DAYS.count(ChronoUnit.DAYS.between(deadline.due(), actual));
    issues.add(
        ValidationIssue.of(
            rule.getCode(),
            at,
            rule.getTitle() + " was due by " + deadline.due() + " (" + rule.getDeadline() + ") and was "
                + by + " late" + (rule.getConfirmation() == Confirmation.ASSUMED ? "; this timescale is assumed, not confirmed" : "")));
  }
}
