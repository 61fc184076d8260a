package org.safeguarding.review;

/** Whether and when a product of a review was made public, as the document says. */
public enum OutputStatus implements DefinedValue {
  /** It was published, with no delay said. */
  PUBLISHED("Published"),
  /** It was published later than planned or than the review's other products ("delayed until now"). */
  PUBLISHED_AFTER_DELAY("Published after a delay"),
  /** Its publication is put off and it is not yet published ("will be published after the trial"). */
  DEFERRED("Deferred"),
  /** It will not be published, such as to protect a child. */
  NOT_PUBLISHED("Not published");

  private final String label;

  OutputStatus(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return OutputStatus_.definition(this);
  }
}
