package org.safeguarding.review;

/** Whether a review looks at one case or several. */
public enum ReviewScope implements DefinedValue {
  /** One child, or the children of one family, in one set of events. */
  SINGLE_CASE(
      "Single case",
      "One child, or the children of one family, in one set of events."),
  /**
   * Several children or families looked at together around a theme (a thematic review or themed
   * audit).
   */
  THEMATIC(
      "Thematic",
      "Several children or families looked at together around a theme (a thematic review or themed audit).");

  private final String label;
  private final String definition;

  ReviewScope(String label, String definition) {
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
