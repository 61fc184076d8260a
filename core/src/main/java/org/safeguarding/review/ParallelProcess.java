package org.safeguarding.review;

/** A process running alongside a review. */
public enum ParallelProcess implements DefinedValue {
  /** A criminal investigation is under way. */
  POLICE_INVESTIGATION(
      "Police investigation",
      "A criminal investigation is under way."),
  /** A prosecution is under way. */
  CRIMINAL_PROCEEDINGS(
      "Criminal proceedings",
      "A prosecution is under way."),
  /** A coroner's inquest. */
  CORONER(
      "Coroner's inquest",
      "A coroner's inquest."),
  /** A child death review, including by a child death overview panel. */
  CHILD_DEATH_REVIEW(
      "Child death review",
      "A child death review, including by a child death overview panel."),
  /** A domestic homicide review. */
  DOMESTIC_HOMICIDE_REVIEW(
      "Domestic homicide review",
      "A domestic homicide review."),
  /** A safeguarding adults review. */
  SAFEGUARDING_ADULTS_REVIEW(
      "Safeguarding adults review",
      "A safeguarding adults review."),
  /** Care or other family court proceedings, including a finding of fact hearing. */
  FAMILY_COURT_PROCEEDINGS(
      "Family court proceedings",
      "Care or other family court proceedings, including a finding of fact hearing.");

  private final String label;
  private final String definition;

  ParallelProcess(String label, String definition) {
    this.label = label;
    this.definition = definition;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return definition;
  }
}
