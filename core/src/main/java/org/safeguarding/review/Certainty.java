package org.safeguarding.review;

/** Whether abuse or neglect is known or suspected. */
public enum Certainty implements DefinedValue {
  /** The document states the abuse or neglect as fact (found, admitted or proven). */
  KNOWN("Known"),
  /** The abuse or neglect is suspected, alleged or under investigation. */
  SUSPECTED("Suspected");

  private final String label;

  Certainty(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Certainty_.definition(this);
  }
}
