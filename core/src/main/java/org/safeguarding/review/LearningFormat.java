package org.safeguarding.review;

/** The published form of a learning document. */
public enum LearningFormat {
  LEARNING_SUMMARY("Learning summary"),
  SEVEN_MINUTE_BRIEFING("7-minute briefing"),
  LEARNING_BRIEFING("Learning briefing"),
  AUDIT_BRIEFING("Audit briefing"),
  OTHER("Other");

  private final String label;

  LearningFormat(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
