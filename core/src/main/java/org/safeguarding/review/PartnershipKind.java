package org.safeguarding.review;

/** The kind of body that publishes or leads a review. */
public enum PartnershipKind {
  SAFEGUARDING_CHILDREN_PARTNERSHIP("Safeguarding children partnership"),
  SAFEGUARDING_CHILDREN_BOARD("Local safeguarding children board (before 2019)"),
  SAFEGUARDING_ADULTS_BOARD("Safeguarding adults board"),
  COMMUNITY_SAFETY_PARTNERSHIP("Community safety partnership"),
  NATIONAL_PANEL("Child Safeguarding Practice Review Panel"),
  OTHER("Other");

  private final String label;

  PartnershipKind(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
