package org.safeguarding.review;

/** What happened to a child in a serious child safeguarding incident. */
public enum IncidentOutcome implements DefinedValue {
  /** The child died. */
  DIED(
      "Died",
      "The child died."),
  /**
   * The child was seriously harmed: serious or long-term impairment of physical or mental health or
   * development.
   */
  SERIOUSLY_HARMED(
      "Seriously harmed",
      "The child was seriously harmed: serious or long-term impairment of physical or mental health or development.");

  private final String label;
  private final String definition;

  IncidentOutcome(String label, String definition) {
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
