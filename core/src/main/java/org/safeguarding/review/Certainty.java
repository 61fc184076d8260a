package org.safeguarding.review;

/** Whether abuse or neglect is known or suspected. */
public enum Certainty implements DefinedValue {
  /** The document states the abuse or neglect as fact (found, admitted or proven). */
  KNOWN(
      "Known",
      "The document states the abuse or neglect as fact (found, admitted or proven)."),
  /** The abuse or neglect is suspected, alleged or under investigation. */
  SUSPECTED(
      "Suspected",
      "The abuse or neglect is suspected, alleged or under investigation.");

  private final String label;
  private final String definition;

  Certainty(String label, String definition) {
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
