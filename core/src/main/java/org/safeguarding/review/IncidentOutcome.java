package org.safeguarding.review;

/** What happened to a child in a serious child safeguarding incident. */
public enum IncidentOutcome {
  DIED("Died"),
  SERIOUSLY_HARMED("Seriously harmed");

  private final String label;

  IncidentOutcome(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
