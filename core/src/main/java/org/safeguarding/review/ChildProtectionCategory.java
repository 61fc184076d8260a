package org.safeguarding.review;

/** The category of a child protection plan. */
public enum ChildProtectionCategory {
  NEGLECT("Neglect"),
  PHYSICAL_ABUSE("Physical abuse"),
  SEXUAL_ABUSE("Sexual abuse"),
  EMOTIONAL_ABUSE("Emotional abuse"),
  MULTIPLE("Multiple categories");

  private final String label;

  ChildProtectionCategory(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
