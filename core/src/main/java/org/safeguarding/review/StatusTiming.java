package org.safeguarding.review;

/** When a status held, relative to the incident, for a document that gives no date. */
public enum StatusTiming implements DefinedValue {
  /** At some time before the incident or the events reviewed, the document not saying when. */
  BEFORE_INCIDENT("Before the incident"),
  /** At the time of the incident or the events reviewed. */
  AT_INCIDENT("At the incident"),
  /** After the incident, such as a plan made once harm came to light. */
  AFTER_INCIDENT("After the incident");

  private final String label;

  StatusTiming(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return StatusTiming_.definition(this);
  }
}
