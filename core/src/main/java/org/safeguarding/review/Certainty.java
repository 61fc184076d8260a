package org.safeguarding.review;

/** Whether abuse or neglect is known or suspected. */
public enum Certainty implements DefinedValue {
  /** The document states the abuse or neglect as fact (found, admitted or proven). */
  KNOWN("Known"),
  /** The abuse or neglect is suspected, alleged or under investigation. */
  SUSPECTED("Suspected"),
  /**
   * Abuse or neglect is neither known nor suspected, as for the death of a looked after child
   * notified whatever its cause.
   */
  NEITHER("Neither known nor suspected");

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
