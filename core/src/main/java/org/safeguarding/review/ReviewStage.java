package org.safeguarding.review;

/** How far a review has gone, as the document says. */
public enum ReviewStage implements DefinedValue {
  /** A case was referred and the decision on a review is still to be made. */
  CONSIDERED("Considered"),
  /**
   * A body that screens cases, such as a case review sub-group or panel, recommended the review to
   * whoever decides on it; it has not been said to be commissioned.
   */
  RECOMMENDED("Recommended"),
  /** The decision to undertake the review was made; the work has not been said to start. */
  COMMISSIONED("Commissioned"),
  /** The review is being carried out. */
  IN_PROGRESS("In progress"),
  /** The review is finished, whether or not it has been published. */
  COMPLETED("Completed"),
  /** The review was stopped before it was finished, such as when another process took its place. */
  DECOMMISSIONED("Decommissioned"),
  /** The decision was not to undertake the review. */
  NOT_UNDERTAKEN("Not undertaken"),
  /**
   * The review or audit was planned or decided on but was not carried out, such as "a deep dive
   * audit was planned but was not possible due to capacity issues"; stageReason says why.
   */
  NOT_CARRIED_OUT("Not carried out");

  private final String label;

  ReviewStage(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return ReviewStage_.definition(this);
  }
}
