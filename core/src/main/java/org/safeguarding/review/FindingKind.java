package org.safeguarding.review;

/**
 * What a finding says about practice. The document's own label decides first; without one, the
 * statement decides.
 */
public enum FindingKind implements DefinedValue {
  /** Practice the document labels good, effective or strong, or says went well. */
  GOOD_PRACTICE("Good practice"),
  /**
   * A lesson or finding about practice that the document labels learning, a learning point or a
   * finding, or that says neither that practice went well nor that it must change.
   */
  LEARNING("Learning"),
  /**
   * Practice the document labels an area for improvement or development, or says needs to change
   * ("need for ...", "needs to improve").
   */
  AREA_FOR_IMPROVEMENT("Area for improvement"),
  /** Improvement found since an earlier review or audit ("areas improving"). */
  PROGRESS("Progress");

  private final String label;

  FindingKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return FindingKind_.definition(this);
  }
}
