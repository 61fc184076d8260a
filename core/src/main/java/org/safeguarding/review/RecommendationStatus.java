package org.safeguarding.review;

/** How far a recommendation has been carried out. */
public enum RecommendationStatus {
  NOT_STARTED("Not started"),
  IN_PROGRESS("In progress"),
  COMPLETED("Completed"),
  NOT_ACCEPTED("Not accepted");

  private final String label;

  RecommendationStatus(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
