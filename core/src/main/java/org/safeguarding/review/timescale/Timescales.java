package org.safeguarding.review.timescale;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguarding.review.AccommodationType;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.ReviewType;
import org.safeguarding.review.validation.DocumentCheck;
import org.safeguarding.review.validation.ValidationIssue;

/**
 * The statutory and guidance deadlines of {@link TimescaleRule}, worked out on a working-day
 * calendar, and the check that reports a document's late dates as warnings: at the JSON Pointer
 * of the late date, with the due date and how late it was. Late is a fact to report, never a
 * reason to reject a document, so these issues are never errors.
 *
 * <p>Dates known only to the month or the year are late only when certainly late. Instances are
 * immutable and thread-safe.
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

  /** England and Wales working days; rapid reviews counted from the notification. */
  public static Timescales standard() {
    return STANDARD;
  }

  /** Timescales on another calendar, or counting rapid reviews from another anchor. */
  public static Timescales of(WorkingDayCalendar calendar, RapidReviewAnchor anchor) {
    return new Timescales(calendar, anchor);
  }

  /** The working-day calendar. */
  public WorkingDayCalendar getCalendar() {
    return calendar;
  }

  /** What rapid reviews count from. */
  public RapidReviewAnchor getAnchor() {
    return anchor;
  }

  /** The last day to notify the Panel: 5 working days after becoming aware. */
  public Deadline notification(LocalDate becameAware) {
    return new Deadline(TimescaleRule.NOTIFICATION, becameAware, calendar.addWorkingDays(becameAware, 5));
  }

  /**
   * The last day to send the rapid review: 15 working days after the notification was sent or,
   * with the other anchor, after becoming aware.
   */
  public Deadline rapidReview(LocalDate becameAware, LocalDate notificationSent) {
    LocalDate from = anchor == RapidReviewAnchor.BECAME_AWARE ? becameAware : notificationSent;
    return new Deadline(TimescaleRule.RAPID_REVIEW, from, calendar.addWorkingDays(from, 15));
  }

  /** The last day to publish a local child safeguarding practice review: 6 months after the decision. */
  public Deadline publication(LocalDate decision) {
    return new Deadline(TimescaleRule.PUBLICATION, decision, decision.plusMonths(6));
  }

  /** The last day to send the final report: 7 working days before publication. */
  public Deadline finalReport(LocalDate publication) {
    return new Deadline(TimescaleRule.FINAL_REPORT, publication, calendar.addWorkingDays(publication, -7));
  }

  /** The last day to notify the host authority of an out-of-district placement: 14 days after it began. */
  public Deadline outOfDistrictNotice(LocalDate placementStart) {
    return new Deadline(TimescaleRule.OUT_OF_DISTRICT_NOTICE, placementStart, placementStart.plusDays(14));
  }

  /** The last day a family with children should be in bed and breakfast: 6 weeks after moving in. */
  public Deadline bedAndBreakfast(LocalDate start) {
    return new Deadline(TimescaleRule.BED_AND_BREAKFAST, start, start.plusWeeks(6));
  }

  /**
   * The schedule of a case from the dates known so far: the notification from becoming aware, the
   * rapid review from its anchor date, and publication and the final report from the decision to
   * undertake a local review, in the order they fall due. A deadline whose starting date is not
   * given is left out.
   */
  public List<Deadline> schedule(
      Optional<LocalDate> becameAware, Optional<LocalDate> notificationSent, Optional<LocalDate> decision) {
    List<Deadline> schedule = new ArrayList<>();
    becameAware.ifPresent(aware -> schedule.add(notification(aware)));
    Optional<LocalDate> from = anchor == RapidReviewAnchor.BECAME_AWARE ? becameAware : notificationSent;
    from.ifPresent(start -> schedule.add(new Deadline(TimescaleRule.RAPID_REVIEW, start, calendar.addWorkingDays(start, 15))));
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
  public List<ValidationIssue> check(ReviewDocument document) {
    List<ValidationIssue> issues = new ArrayList<>();
    List<HousingPlacement> placements;
    if (document instanceof RapidReview review) {
      rapidReviewDates(review.getTimeline(), issues);
      placements = review.getHousingPlacements();
    } else {
      LearningSummary summary = (LearningSummary) document;
      publications(summary.getSources(), issues);
      placements = summary.getHousingPlacements();
    }
    for (int i = 0; i < placements.size(); i++) {
      placement(placements.get(i), "/housingPlacements/" + i, issues);
    }
    return issues;
  }

  private void rapidReviewDates(RapidReviewTimeline timeline, List<ValidationIssue> issues) {
    late(notification(timeline.getBecameAware()), timeline.getNotificationSent(), "/timeline/notificationSent", issues);
    timeline.getSubmitted().ifPresent(submitted ->
        late(rapidReview(timeline.getBecameAware(), timeline.getNotificationSent()), submitted, "/timeline/submitted", issues));
  }

  private void publications(List<ReviewReference> sources, List<ValidationIssue> issues) {
    for (int i = 0; i < sources.size(); i++) {
      ReviewReference source = sources.get(i);
      if (source.getType().equals(Optional.of(ReviewType.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW))
          && source.getDecisionDate().isPresent()
          && source.getPublicationDate().isPresent()) {
        Deadline due = publication(source.getDecisionDate().get().getLatest());
        lateAtEarliest(due, source.getPublicationDate().get(), "/sources/" + i + "/publicationDate", issues);
      }
    }
  }

  private void placement(HousingPlacement placement, String at, List<ValidationIssue> issues) {
    if (placement.getStart().isEmpty()) {
      return;
    }
    LocalDate latestStart = placement.getStart().get().getLatest();
    if (placement.getOutOfArea().orElse(false) && placement.getHostAuthorityNotified().isPresent()) {
      late(outOfDistrictNotice(latestStart), placement.getHostAuthorityNotified().get(), at + "/hostAuthorityNotified", issues);
    }
    if (placement.getAccommodationType().equals(Optional.of(AccommodationType.BED_AND_BREAKFAST))
        && placement.getEnd().isPresent()) {
      lateAtEarliest(bedAndBreakfast(latestStart), placement.getEnd().get(), at + "/end", issues);
    }
  }

  private void lateAtEarliest(Deadline deadline, PartialDate actual, String at, List<ValidationIssue> issues) {
    late(deadline, actual.getEarliest(), at, issues);
  }

  /** A warning when {@code actual} is after the deadline, saying the due date and by how much. */
  private void late(Deadline deadline, LocalDate actual, String at, List<ValidationIssue> issues) {
    if (!actual.isAfter(deadline.due())) {
      return;
    }
    TimescaleRule rule = deadline.rule();
    String by =
        rule == TimescaleRule.NOTIFICATION || rule == TimescaleRule.RAPID_REVIEW
            ? plural(calendar.workingDaysBetween(deadline.due(), actual), "working day")
            : plural(ChronoUnit.DAYS.between(deadline.due(), actual), "day");
    issues.add(
        ValidationIssue.warning(
            rule.getCode(),
            at,
            rule.getTitle() + " was due by " + deadline.due() + " (" + rule.getDeadline() + ") and was "
                + by + " late" + (rule.getStatus() == Status.ASSUMED ? "; this timescale is assumed, not confirmed" : "")));
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
