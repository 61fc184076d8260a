package org.safeguarding.review.timescale;

/**
 * A statutory or guidance deadline in England's safeguarding system, with a stable code, its
 * source and how firmly it rests on that source. Breaking one is a fact to report as a warning,
 * never a reason to reject a document.
 */
public enum TimescaleRule {
  /** The local authority notifies the Panel of a serious incident within 5 working days. */
  NOTIFICATION(
      "timescale.notificationLate",
      "Serious incident notification",
      "5 working days after the local authority became aware of the incident",
      "Children Act 2004 s16C; gov.uk, Report a serious child safeguarding incident",
      Status.CONFIRMED),
  /**
   * The partners send the rapid review to the Panel within 15 working days, counted from the
   * notification by default (Panel guidance, June 2025) or from becoming aware (2018 wording).
   */
  RAPID_REVIEW(
      "timescale.rapidReviewLate",
      "Rapid review",
      "15 working days after the notification was sent, or after becoming aware where so configured",
      "Working Together to Safeguard Children 2023, chapter 5; Child Safeguarding Practice Review Panel guidance",
      Status.CONFIRMED),
  /** A local child safeguarding practice review is published within 6 months of the decision. */
  PUBLICATION(
      "timescale.publicationLate",
      "Local child safeguarding practice review published",
      "6 months after the decision to undertake the review",
      "Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018 (SI 2018/789)",
      Status.CONFIRMED),
  /** The final report goes to the Panel and the Secretary of State 7 working days before publication. */
  FINAL_REPORT(
      "timescale.finalReportLate",
      "Final report to the Panel and the Secretary of State",
      "7 working days before publication",
      "Widely cited for local child safeguarding practice reviews; not confirmed from a source",
      Status.ASSUMED),
  /** A placing authority notifies the host authority of an out-of-district placement within 14 days. */
  OUT_OF_DISTRICT_NOTICE(
      "timescale.outOfDistrictNoticeLate",
      "Notice of an out-of-district placement to the host authority",
      "14 days after the placement began",
      "Housing Act 1996 s208",
      Status.CONFIRMED),
  /** Families with children are not placed in bed and breakfast for more than 6 weeks. */
  BED_AND_BREAKFAST(
      "timescale.bedAndBreakfastTooLong",
      "Family with children in bed and breakfast",
      "no more than 6 weeks",
      "Homelessness (Suitability of Accommodation) (England) Order 2003, as widely cited; not confirmed from a source",
      Status.ASSUMED);

  private final String code;
  private final String title;
  private final String deadline;
  private final String source;
  private final Status status;

  TimescaleRule(String code, String title, String deadline, String source, Status status) {
    this.code = code;
    this.title = title;
    this.deadline = deadline;
    this.source = source;
    this.status = status;
  }

  /** The stable code of the warning a late date gets. */
  public String getCode() {
    return code;
  }

  /** What the deadline is for. */
  public String getTitle() {
    return title;
  }

  /** The deadline in words. */
  public String getDeadline() {
    return deadline;
  }

  /** The statute, regulation or guidance it comes from. */
  public String getSource() {
    return source;
  }

  /** Whether the rule is confirmed from its source or assumed. */
  public Status getStatus() {
    return status;
  }
}
