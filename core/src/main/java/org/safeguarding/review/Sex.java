package org.safeguarding.review;

/** A child's sex as recorded in a rapid review. */
public enum Sex {
  FEMALE("Female"),
  MALE("Male"),
  NOT_KNOWN("Not known");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
