package org.safeguarding.review;

/** What happened to a child in a serious child safeguarding incident. */
public enum IncidentOutcome implements DefinedValue {
  /** The child died. */
  DIED("Died"),
  /**
   * The child was seriously harmed: serious or long-term impairment of physical or mental health or
   * development.
   */
  SERIOUSLY_HARMED("Seriously harmed");

  private final String label;

  IncidentOutcome(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return IncidentOutcome_.definition(this);
  }
}
