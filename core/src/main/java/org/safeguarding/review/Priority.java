package org.safeguarding.review;

/** The priority of a recommendation, as the document gives it. */
public enum Priority implements DefinedValue {
  /** The document gives it high priority. */
  HIGH("High"),
  /** The document gives it medium priority. */
  MEDIUM("Medium"),
  /** The document gives it low priority. */
  LOW("Low");

  private final String label;

  Priority(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Priority_.definition(this);
  }
}
