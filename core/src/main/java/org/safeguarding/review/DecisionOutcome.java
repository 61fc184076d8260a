package org.safeguarding.review;

/** What a rapid review decided should happen next. */
public enum DecisionOutcome {
  COMMISSION_LCSPR("Commission a local child safeguarding practice review"),
  ALTERNATIVE_LEARNING_REVIEW("Carry out another kind of learning review"),
  NO_FURTHER_REVIEW("No further review");

  private final String label;

  DecisionOutcome(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
