package org.safeguarding.review;

/** How far a recommendation has been carried out. */
public enum RecommendationStatus implements DefinedValue {
  /** Accepted but not yet begun. */
  NOT_STARTED("Not started"),
  /** Being carried out. */
  IN_PROGRESS("In progress"),
  /** Carried out. */
  COMPLETED("Completed"),
  /** Not accepted by those it was made to. */
  NOT_ACCEPTED("Not accepted");

  private final String label;

  RecommendationStatus(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return RecommendationStatus_.definition(this);
  }
}
