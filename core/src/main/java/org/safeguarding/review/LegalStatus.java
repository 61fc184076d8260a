package org.safeguarding.review;

/** A child's status with children's services at the time of the incident. */
public enum LegalStatus {
  NONE("No involvement"),
  EARLY_HELP("Early help"),
  CHILD_IN_NEED("Child in need (s17 Children Act 1989)"),
  CHILD_PROTECTION_PLAN("Child protection plan"),
  LOOKED_AFTER_SECTION_20("Looked after (s20)"),
  LOOKED_AFTER_SECTION_31("Looked after (s31)"),
  CARE_LEAVER("Care leaver");

  private final String label;

  LegalStatus(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
