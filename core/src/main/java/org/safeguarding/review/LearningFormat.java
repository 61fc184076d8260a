package org.safeguarding.review;

/**
 * The published form of a learning document. What the document calls itself decides first; then its
 * layout and sources.
 */
public enum LearningFormat implements DefinedValue {
  /**
   * A summary of one review's case, findings and recommendations, published with or instead of its
   * report, including a partnership web page that summarises a review.
   */
  LEARNING_SUMMARY("Learning summary"),
  /** A briefing in the fixed seven-part layout for team meetings. */
  SEVEN_MINUTE_BRIEFING("7-minute briefing"),
  /** A briefing in another fixed set of numbered parts, such as a six-step or 7-point briefing. */
  STEP_BRIEFING("Numbered-step briefing"),
  /**
   * A briefing for practitioners on learning from one or more case reviews, in a free layout
   * (learning points, practice points).
   */
  LEARNING_BRIEFING("Learning briefing"),
  /** A briefing on the findings of an audit rather than a case review. */
  AUDIT_BRIEFING("Audit briefing"),
  /**
   * The report of a review or audit itself (overview report, serious case review report, audit
   * report) or its executive summary.
   */
  REPORT("Report"),
  /** A news release about a review by a council, partnership or agency. */
  PRESS_RELEASE("Press release"),
  /** An article about a review by a news outlet. */
  NEWS_REPORT("News report"),
  /** A committee's or board's agenda item, report or minutes about a review. */
  MEETING_PAPERS("Meeting papers"),
  /** Another form; formatLabel says what the document calls itself. */
  OTHER("Other");

  private final String label;

  LearningFormat(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return LearningFormat_.definition(this);
  }
}
