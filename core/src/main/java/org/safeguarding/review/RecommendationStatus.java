package org.safeguarding.review;

/** How far a recommendation has been carried out. */
public enum RecommendationStatus implements DefinedValue {
  /** Accepted but not yet begun. */
  NOT_STARTED(
      "Not started",
      "Accepted but not yet begun."),
  /** Being carried out. */
  IN_PROGRESS(
      "In progress",
      "Being carried out."),
  /** Carried out. */
  COMPLETED(
      "Completed",
      "Carried out."),
  /** Not accepted by those it was made to. */
  NOT_ACCEPTED(
      "Not accepted",
      "Not accepted by those it was made to.");

  private final String label;
  private final String definition;

  RecommendationStatus(String label, String definition) {
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
