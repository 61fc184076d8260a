package org.safeguarding.review;

/** What a stated count counts. */
public enum CountedPart implements DefinedValue {
  /** The findings of the review or reviews. */
  FINDINGS("Findings"),
  /** The recommendations of the review or reviews. */
  RECOMMENDATIONS("Recommendations"),
  /** Actions for practice or immediate actions. */
  ACTIONS("Actions"),
  /** Questions for reflection. */
  QUESTIONS("Questions"),
  /** Reviews or audits the document draws on or mentions. */
  REVIEWS("Reviews"),
  /** Children's cases the reviews or audits looked at. */
  CASES("Cases"),
  /** Themes the document or its reviews name, such as "six cross-cutting practice themes". */
  THEMES("Themes"),
  /**
   * Reports or other publications the document names without listing them all, such as "two
   * supplementary reports".
   */
  REPORTS("Reports");

  private final String label;

  CountedPart(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return CountedPart_.definition(this);
  }
}
