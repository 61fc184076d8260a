package org.safeguarding.review;

/** What one published product of a review is. */
public enum OutputKind implements DefinedValue {
  /** The review's full report ("overview report", "final report", "the review report"). */
  OVERVIEW_REPORT("Overview report"),
  /** A summary of the report written as its front part or in its place ("executive summary"). */
  EXECUTIVE_SUMMARY("Executive summary"),
  /**
   * A short document of the review's learning for practitioners ("learning brief", "learning
   * summary", "7-minute briefing").
   */
  LEARNING_BRIEF("Learning brief"),
  /** A report of one phase or part of a review published in phases ("phase 1 report"). */
  PHASE_REPORT("Phase report"),
  /** Another product; {@code kindAsWritten} says what it is. */
  OTHER("Other");

  private final String label;

  OutputKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return OutputKind_.definition(this);
  }
}
