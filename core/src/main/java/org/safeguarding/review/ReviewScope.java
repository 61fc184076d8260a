package org.safeguarding.review;

/** Whether a review looks at one case or several. */
public enum ReviewScope implements DefinedValue {
  /** One child, or the children of one family, in one set of events. */
  SINGLE_CASE("Single case"),
  /**
   * Several children or families looked at together around a theme (a thematic review or themed
   * audit).
   */
  THEMATIC("Thematic");

  private final String label;

  ReviewScope(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return ReviewScope_.definition(this);
  }
}
