package org.safeguarding.review;

/** A child's sex as recorded. */
public enum Sex implements DefinedValue {
  /** Female ("girl"). */
  FEMALE(
      "Female",
      "Female (\"girl\")."),
  /** Male ("boy"). */
  MALE(
      "Male",
      "Male (\"boy\")."),
  /** The document says the sex is not known. */
  NOT_KNOWN(
      "Not known",
      "The document says the sex is not known.");

  private final String label;
  private final String definition;

  Sex(String label, String definition) {
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
