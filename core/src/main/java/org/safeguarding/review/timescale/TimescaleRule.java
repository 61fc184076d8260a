package org.safeguarding.review.timescale;

import java.time.LocalDate;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;

/**
 * A statutory or guidance deadline in England's safeguarding system: how long it gives, counted
 * from what, with a stable issue code, its source and how firmly it rests on that source. Breaking
 * one is a fact to report as a warning, never a reason to reject a document.
 *
 * <p>Each rule holds its own count and unit; {@link Timescales} works the due date out from them on
 * a working-day calendar.
 */
public enum TimescaleRule {
  /** The local authority notifies the Panel of a serious incident within 5 working days. */
  NOTIFICATION(
      code("timescale.notificationLate", "the serious incident notification was sent later than 5 working days"),
      "Serious incident notification",
      5, Unit.WORKING_DAYS, "%s after the local authority became aware of the incident",
      "Children Act 2004 s16C; gov.uk, Report a serious child safeguarding incident",
      Confirmation.CONFIRMED),
  /**
   * The partners send the rapid review to the Panel within 15 working days, counted from the
   * notification by default (Panel guidance, June 2025) or from becoming aware (2018 wording).
   */
  RAPID_REVIEW(
      code("timescale.rapidReviewLate", "the rapid review was sent to the Panel later than 15 working days"),
      "Rapid review",
      15, Unit.WORKING_DAYS, "%s after the notification was sent, or after becoming aware where so configured",
      "Working Together to Safeguard Children 2023, chapter 5; Child Safeguarding Practice Review Panel guidance",
      Confirmation.CONFIRMED),
  /** A local child safeguarding practice review is published within 6 months of the decision. */
  PUBLICATION(
      code("timescale.publicationLate", "a local practice review was published later than 6 months after the decision"),
      "Local child safeguarding practice review published",
      6, Unit.MONTHS, "%s after the decision to undertake the review",
      "Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018 (SI 2018/789)",
      Confirmation.CONFIRMED),
  /** The final report goes to the Panel and the Secretary of State 7 working days before publication. */
  FINAL_REPORT(
      code("timescale.finalReportLate", "the final report reached the Panel later than 7 working days before publication"),
      "Final report to the Panel and the Secretary of State",
      -7, Unit.WORKING_DAYS, "%s before publication",
      "Widely cited for local child safeguarding practice reviews; not confirmed from a source",
      Confirmation.ASSUMED),
  /** A placing authority notifies the host authority of an out-of-district placement within 14 days. */
  OUT_OF_DISTRICT_NOTICE(
      code("timescale.outOfDistrictNoticeLate", "the host authority was told of an out-of-district placement later than 14 days"),
      "Notice of an out-of-district placement to the host authority",
      14, Unit.DAYS, "%s after the placement began",
      "Housing Act 1996 s208",
      Confirmation.CONFIRMED),
  /** Families with children are not placed in bed and breakfast for more than 6 weeks. */
  BED_AND_BREAKFAST(
      code("timescale.bedAndBreakfastTooLong", "a family with children stayed in bed and breakfast longer than 6 weeks"),
      "Family with children in bed and breakfast",
      6, Unit.WEEKS, "no more than %s",
      "Homelessness (Suitability of Accommodation) (England) Order 2003, as widely cited; not confirmed from a source",
      Confirmation.ASSUMED);

  /** What a rule's count counts. */
  public enum Unit {
    /** Days that are not a weekend or a bank holiday. */
    WORKING_DAYS("working day"),
    /** Calendar days. */
    DAYS("day"),
    /** Weeks of seven days. */
    WEEKS("week"),
    /** Calendar months. */
    MONTHS("month");

    private final String word;

    Unit(String word) {
      this.word = word;
    }

    /**
     * {@return a count of this unit in words, such as "5 working days" or "1 day"}
     *
     * @param count how many
     */
    public String count(long count) {
      return count + " " + word + (count == 1 ? "" : "s");
    }
  }

  private final IssueCode code;
  private final String title;
  private final int count;
  private final Unit unit;
  private final String wording;
  private final String source;
  private final Confirmation confirmation;

  TimescaleRule(IssueCode code, String title, int count, Unit unit, String wording, String source, Confirmation confirmation) {
    this.code = code;
    this.title = title;
    this.count = count;
    this.unit = unit;
    this.wording = wording;
    this.source = source;
    this.confirmation = confirmation;
  }

  /** {@return the code of the warning a late date gets} */
  public IssueCode getCode() {
    return code;
  }

  /** {@return what the deadline is for} */
  public String getTitle() {
    return title;
  }

  /**
   * {@return how many units the rule gives: positive after the date it counts from, negative before
   * it}
   */
  public int getCount() {
    return count;
  }

  /** {@return what the count counts} */
  public Unit getUnit() {
    return unit;
  }

  /**
   * {@return the deadline in words, such as "5 working days after the local authority became aware
   * of the incident"}
   */
  public String getDeadline() {
    return String.format(wording, unit.count(Math.abs(count)));
  }

  /** {@return the statute, regulation or guidance it comes from} */
  public String getSource() {
    return source;
  }

  /** {@return whether the rule is confirmed from its source or assumed} */
  public Confirmation getConfirmation() {
    return confirmation;
  }

  /** The last day on time, counting from {@code from} on {@code calendar}. */
  LocalDate due(LocalDate from, WorkingDayCalendar calendar) {
    return switch (unit) {
      case WORKING_DAYS -> calendar.addWorkingDays(from, count);
      case DAYS -> from.plusDays(count);
      case WEEKS -> from.plusWeeks(count);
      case MONTHS -> from.plusMonths(count);
    };
  }

  private static IssueCode code(String text, String description) {
    return IssueCode.of(text, IssueCategory.TIMESCALE, Severity.WARNING, description);
  }
}
