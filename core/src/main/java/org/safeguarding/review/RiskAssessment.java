package org.safeguarding.review;

/** Whether the risk a factor names was assessed at the time, as the document says. */
public enum RiskAssessment implements DefinedValue {
  /** The risk was assessed, and the document does not fault the assessment. */
  ASSESSED("Assessed"),
  /** The risk was assessed, but the document calls the assessment weak, partial or superficial. */
  WEAK("Assessed weakly"),
  /** The document says the risk was not assessed. */
  NOT_ASSESSED("Not assessed"),
  /**
   * The document says there was no robust assessment without saying whether one was made at all
   * ("without a strong risk assessment"): not assessed, or assessed weakly.
   */
  NOT_ROBUST("No robust assessment");

  private final String label;

  RiskAssessment(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return RiskAssessment_.definition(this);
  }
}
