package org.safeguarding.review;

/** How much was known of a risk factor, and when it came to be seen. */
public enum FactorCertainty implements DefinedValue {
  /** The factor was known at the time: found, disclosed, recorded or admitted. */
  KNOWN("Known"),
  /** The factor was suspected or alleged at the time, not established. */
  SUSPECTED("Suspected"),
  /**
   * The factor was seen only by the review, looking back: no agency knew or suspected it at the
   * time.
   */
  IN_HINDSIGHT("Seen in hindsight");

  private final String label;

  FactorCertainty(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return FactorCertainty_.definition(this);
  }
}
