package org.safeguarding.review;

/** How far a recommendation or an action has been carried out. */
public enum RecommendationStatus implements DefinedValue {
  /** Accepted or planned but not yet begun ("to be developed", "will be repeated"). */
  NOT_STARTED("Not started"),
  /** Being carried out ("under way", "is taking forward"). */
  IN_PROGRESS("In progress"),
  /** Carried out ("now in place", "has been sent"). */
  COMPLETED("Completed"),
  /** Not accepted by those it was made to (of an action: dropped). */
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
