package org.safeguarding.review;

/** A child's sex as recorded. */
public enum Sex implements DefinedValue {
  /** Female ("girl"). */
  FEMALE("Female"),
  /** Male ("boy"). */
  MALE("Male"),
  /** The document says the sex is not known. */
  NOT_KNOWN("Not known");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Sex_.definition(this);
  }
}
