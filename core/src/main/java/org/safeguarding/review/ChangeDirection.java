package org.safeguarding.review;

/** Which way a figure moved, as the document says: a rise, a fall or no change. */
public enum ChangeDirection implements DefinedValue {
  /** The figure rose ("an increase", "up by 12%"). */
  RISE("Rise"),
  /** The figure fell ("a decrease", "an 18% fall"). */
  FALL("Fall"),
  /** The figure stayed the same ("unchanged", "stable"). */
  NO_CHANGE("No change");

  private final String label;

  ChangeDirection(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return ChangeDirection_.definition(this);
  }
}
