package org.safeguarding.review;

/** The priority of a recommendation. */
public enum Priority {
  HIGH("High"),
  MEDIUM("Medium"),
  LOW("Low");

  private final String label;

  Priority(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
