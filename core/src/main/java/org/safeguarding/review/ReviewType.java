package org.safeguarding.review;

/**
 * The kinds of review and learning exercise that learning documents draw on, with their basis in
 * law or guidance.
 */
public enum ReviewType implements DefinedValue {
  /**
   * The local authority's notification of a serious incident to the Panel (Children Act 2004 s16C).
   */
  SERIOUS_INCIDENT_NOTIFICATION("Serious incident notification", "Children Act 2004 s16C"),
  /**
   * The partners' review within 15 working days of a notification (Working Together 2023, chapter
   * 5).
   */
  RAPID_REVIEW("Rapid review", "Working Together to Safeguard Children 2023, chapter 5"),
  /**
   * A review the partners commission under SI 2018/789 regulation 11 (LCSPR; "CSPR" when published
   * by a partnership).
   */
  LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW(
      "Local child safeguarding practice review",
      "SI 2018/789 regulation 11"),
  /** A review the Panel carries out (SI 2018/789 regulation 3). */
  NATIONAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW(
      "National child safeguarding practice review",
      "SI 2018/789 regulation 3"),
  /** A local safeguarding children board's review under the 2006 regulations, regulation 5. */
  SERIOUS_CASE_REVIEW(
      "Serious case review (before October 2019)",
      "Local Safeguarding Children Boards Regulations 2006 regulation 5"),
  /** A safeguarding adults board's review (Care Act 2014 s44). */
  SAFEGUARDING_ADULTS_REVIEW("Safeguarding adults review", "Care Act 2014 s44"),
  /** A community safety partnership's review (Domestic Violence, Crime and Victims Act 2004 s9). */
  DOMESTIC_HOMICIDE_REVIEW("Domestic homicide review", "Domestic Violence, Crime and Victims Act 2004 s9"),
  /** A review of a child's death under the Child Death Review statutory guidance. */
  CHILD_DEATH_REVIEW("Child death review", "Child Death Review statutory guidance 2018"),
  /** An audit of cases by several agencies (local quality assurance). */
  MULTI_AGENCY_AUDIT("Multi-agency audit", "Local quality assurance"),
  /** A non-statutory learning review the partnership chose to carry out. */
  LOCAL_LEARNING_REVIEW("Local learning review", "Local, non-statutory");

  private final String label;
  private final String basis;

  ReviewType(String label, String basis) {
    this.label = label;
    this.basis = basis;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return ReviewType_.definition(this);
  }

  /** {@return the statute, regulation or guidance the review rests on} */
  public String getBasis() {
    return basis;
  }
}
