package org.safeguarding.review;

/** How much of a review was made public. */
public enum PublicationExtent implements DefinedValue {
  /** The whole report was published. */
  IN_FULL("Published in full"),
  /** A summary, briefing or executive summary was published in place of the report. */
  IN_SUMMARY("Published in summary"),
  /**
   * The document says the review was published but not whether in full or in summary ("the report
   * has been published").
   */
  PUBLISHED("Published, extent not said"),
  /** Nothing of the review was published, such as to protect a child or a trial. */
  NOT_PUBLISHED("Not published");

  private final String label;

  PublicationExtent(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return PublicationExtent_.definition(this);
  }
}
