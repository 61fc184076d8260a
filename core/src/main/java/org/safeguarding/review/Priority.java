package org.safeguarding.review;

/** The priority of a recommendation, as the document gives it. */
public enum Priority implements DefinedValue {
  /** The document gives it high priority. */
  HIGH(
      "High",
      "The document gives it high priority."),
  /** The document gives it medium priority. */
  MEDIUM(
      "Medium",
      "The document gives it medium priority."),
  /** The document gives it low priority. */
  LOW(
      "Low",
      "The document gives it low priority.");

  private final String label;
  private final String definition;

  Priority(String label, String definition) {
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
