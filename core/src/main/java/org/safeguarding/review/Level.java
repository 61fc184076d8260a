package org.safeguarding.review;

/**
 * The level at which a body works (an organisation's {@code level}) or holds an arrangement, when
 * it is held at more than one.
 */
public enum Level implements DefinedValue {
  /** For a whole nation ("nationally the Panel"). */
  NATIONAL("National"),
  /** For a region of several areas (a regional safeguarding board). */
  REGIONAL("Regional"),
  /** For one area ("locally the safeguarding partners"). */
  LOCAL("Local"),
  /** Within one agency or body ("each agency's own structures"). */
  AGENCY("Within an agency");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Level_.definition(this);
  }
}
