package org.safeguarding.review;

/** What a rapid review decided should happen next. */
public enum DecisionOutcome implements DefinedValue {
  /** The partners will commission a local child safeguarding practice review. */
  COMMISSION_LCSPR("Commission a local child safeguarding practice review"),
  /**
   * The partners will carry out another kind of learning review (a learning review, audit or
   * practitioner event).
   */
  ALTERNATIVE_LEARNING_REVIEW("Carry out another kind of learning review"),
  /** No further review: the rapid review's learning is enough. */
  NO_FURTHER_REVIEW("No further review");

  private final String label;

  DecisionOutcome(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return DecisionOutcome_.definition(this);
  }
}
