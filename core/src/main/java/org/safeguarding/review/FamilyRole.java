package org.safeguarding.review;

/** A family member's or carer's role in a child's life. */
public enum FamilyRole implements DefinedValue {
  /** The child's mother, birth or adoptive. */
  MOTHER("Mother"),
  /** The child's father, birth or adoptive, whether or not he lived with the child. */
  FATHER("Father"),
  /** A parent, when the document does not say mother or father ("the parents"). */
  PARENT("Parent"),
  /** A parent's spouse or civil partner who is not the child's parent. */
  STEP_PARENT("Step-parent"),
  /**
   * A man who looked after the child day to day without being a parent or step-parent, such as a
   * mother's partner living with the child.
   */
  MALE_CARER("Male carer"),
  /** A woman who looked after the child day to day without being a parent or step-parent. */
  FEMALE_CARER("Female carer"),
  /**
   * The partner of a parent or another family member who did not care for the child day to day, or
   * whose part in the child's day-to-day care the document leaves open ("the mother's partner's
   * role in the family"); partnerOf says whose.
   */
  PARTNER("Partner of a family member"),
  /** A brother or sister, including half- and step-siblings. */
  SIBLING("Sibling"),
  /** A grandmother or grandfather. */
  GRANDPARENT("Grandparent"),
  /** An aunt, uncle, cousin or other relative. */
  OTHER_RELATIVE("Other relative"),
  /** A foster carer, including a family and friends (kinship) foster carer. */
  FOSTER_CARER("Foster carer"),
  /** A family friend or neighbour. */
  FRIEND_OR_NEIGHBOUR("Friend or neighbour"),
  /**
   * Someone whose role is known but is none of the above, such as a lodger; roleAsWritten says
   * what.
   */
  OTHER("Other"),
  /** The document does not say how the person is related to the child. */
  NOT_KNOWN("Not known");

  private final String label;

  FamilyRole(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return FamilyRole_.definition(this);
  }

  /** {@return true for a parent or carer of the child: a mother, father, parent, step-parent, carer or foster carer} */
  public boolean isParentOrCarer() {
    return switch (this) {
      case MOTHER, FATHER, PARENT, STEP_PARENT, MALE_CARER, FEMALE_CARER, FOSTER_CARER -> true;
      default -> false;
    };
  }
}
