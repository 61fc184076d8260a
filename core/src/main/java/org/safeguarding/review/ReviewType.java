package org.safeguarding.review;

/**
 * The kinds of review and learning exercise that learning documents draw on, with their basis in
 * law or guidance.
 */
public enum ReviewType {
  SERIOUS_INCIDENT_NOTIFICATION("Serious incident notification", "Children Act 2004 s16C"),
  RAPID_REVIEW("Rapid review", "Working Together to Safeguard Children 2023, chapter 5"),
  LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW(
      "Local child safeguarding practice review", "SI 2018/789 regulation 11"),
  NATIONAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW(
      "National child safeguarding practice review", "SI 2018/789 regulation 3"),
  SERIOUS_CASE_REVIEW(
      "Serious case review (before October 2019)",
      "Local Safeguarding Children Boards Regulations 2006 regulation 5"),
  SAFEGUARDING_ADULTS_REVIEW("Safeguarding adults review", "Care Act 2014 s44"),
  DOMESTIC_HOMICIDE_REVIEW(
      "Domestic homicide review", "Domestic Violence, Crime and Victims Act 2004 s9"),
  CHILD_DEATH_REVIEW("Child death review", "Child Death Review statutory guidance 2018"),
  MULTI_AGENCY_AUDIT("Multi-agency audit", "Local quality assurance"),
  LOCAL_LEARNING_REVIEW("Local learning review", "Local, non-statutory");

  private final String label;
  private final String basis;

  ReviewType(String label, String basis) {
    this.label = label;
    this.basis = basis;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }

  /** The statute, regulation or guidance the review rests on. */
  public String getBasis() {
    return basis;
  }
}
