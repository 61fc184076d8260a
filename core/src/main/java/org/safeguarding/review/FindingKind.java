package org.safeguarding.review;

/**
 * What a finding says about practice. The document's own label decides first; without one, the
 * statement decides.
 */
public enum FindingKind implements DefinedValue {
  /** Practice the document labels good, effective or strong, or says went well. */
  GOOD_PRACTICE(
      "Good practice",
      "Practice the document labels good, effective or strong, or says went well."),
  /**
   * A lesson or finding about practice that the document labels learning, a learning point or a
   * finding, or that says neither that practice went well nor that it must change.
   */
  LEARNING(
      "Learning",
      "A lesson or finding about practice that the document labels learning, a learning point or a finding, or that says neither that practice went well nor that it must change."),
  /**
   * Practice the document labels an area for improvement or development, or says needs to change
   * ("need for ...", "needs to improve").
   */
  AREA_FOR_IMPROVEMENT(
      "Area for improvement",
      "Practice the document labels an area for improvement or development, or says needs to change (\"need for ...\", \"needs to improve\")."),
  /** Improvement found since an earlier review or audit ("areas improving"). */
  PROGRESS(
      "Progress",
      "Improvement found since an earlier review or audit (\"areas improving\").");

  private final String label;
  private final String definition;

  FindingKind(String label, String definition) {
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
