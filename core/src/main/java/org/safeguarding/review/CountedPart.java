package org.safeguarding.review;

/** What a stated count counts. */
public enum CountedPart implements DefinedValue {
  /** The findings of the review or reviews. */
  FINDINGS(
      "Findings",
      "The findings of the review or reviews."),
  /** The recommendations of the review or reviews. */
  RECOMMENDATIONS(
      "Recommendations",
      "The recommendations of the review or reviews."),
  /** Actions for practice or immediate actions. */
  ACTIONS(
      "Actions",
      "Actions for practice or immediate actions."),
  /** Questions for reflection. */
  QUESTIONS(
      "Questions",
      "Questions for reflection."),
  /** Reviews or audits the document draws on or mentions. */
  REVIEWS(
      "Reviews",
      "Reviews or audits the document draws on or mentions."),
  /** Children's cases the reviews or audits looked at. */
  CASES(
      "Cases",
      "Children's cases the reviews or audits looked at.");

  private final String label;
  private final String definition;

  CountedPart(String label, String definition) {
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
