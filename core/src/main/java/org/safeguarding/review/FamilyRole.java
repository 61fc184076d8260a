package org.safeguarding.review;

/** A family member's or carer's role in a child's life. */
public enum FamilyRole {
  MOTHER("Mother"),
  FATHER("Father"),
  STEP_PARENT("Step-parent"),
  MALE_CARER("Male carer"),
  FEMALE_CARER("Female carer"),
  PARTNER("Partner of a parent"),
  SIBLING("Sibling"),
  GRANDPARENT("Grandparent"),
  OTHER_RELATIVE("Other relative"),
  FOSTER_CARER("Foster carer"),
  FRIEND_OR_NEIGHBOUR("Friend or neighbour"),
  OTHER("Other");

  private final String label;

  FamilyRole(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
