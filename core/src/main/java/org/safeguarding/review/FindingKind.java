package org.safeguarding.review;

/** What a finding says about practice. */
public enum FindingKind {
  GOOD_PRACTICE("Good practice"),
  LEARNING("Learning"),
  AREA_FOR_IMPROVEMENT("Area for improvement");

  private final String label;

  FindingKind(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
