package org.safeguarding.review;

/** A family member's or carer's role in a child's life. */
public enum FamilyRole implements DefinedValue {
  /** The child's mother, birth or adoptive. */
  MOTHER(
      "Mother",
      "The child's mother, birth or adoptive."),
  /** The child's father, birth or adoptive, whether or not he lived with the child. */
  FATHER(
      "Father",
      "The child's father, birth or adoptive, whether or not he lived with the child."),
  /** A parent, when the document does not say mother or father ("the parents"). */
  PARENT(
      "Parent",
      "A parent, when the document does not say mother or father (\"the parents\")."),
  /** A parent's spouse or civil partner who is not the child's parent. */
  STEP_PARENT(
      "Step-parent",
      "A parent's spouse or civil partner who is not the child's parent."),
  /**
   * A man who looked after the child day to day without being a parent or step-parent, such as a
   * mother's partner living with the child.
   */
  MALE_CARER(
      "Male carer",
      "A man who looked after the child day to day without being a parent or step-parent, such as a mother's partner living with the child."),
  /** A woman who looked after the child day to day without being a parent or step-parent. */
  FEMALE_CARER(
      "Female carer",
      "A woman who looked after the child day to day without being a parent or step-parent."),
  /**
   * The partner of a parent or another family member who did not care for the child day to day;
   * partnerOf says whose.
   */
  PARTNER(
      "Partner of a family member",
      "The partner of a parent or another family member who did not care for the child day to day; partnerOf says whose."),
  /** A brother or sister, including half- and step-siblings. */
  SIBLING(
      "Sibling",
      "A brother or sister, including half- and step-siblings."),
  /** A grandmother or grandfather. */
  GRANDPARENT(
      "Grandparent",
      "A grandmother or grandfather."),
  /** An aunt, uncle, cousin or other relative. */
  OTHER_RELATIVE(
      "Other relative",
      "An aunt, uncle, cousin or other relative."),
  /** A foster carer, including a family and friends (kinship) foster carer. */
  FOSTER_CARER(
      "Foster carer",
      "A foster carer, including a family and friends (kinship) foster carer."),
  /** A family friend or neighbour. */
  FRIEND_OR_NEIGHBOUR(
      "Friend or neighbour",
      "A family friend or neighbour."),
  /**
   * Someone whose role is known but is none of the above, such as a lodger; roleAsWritten says
   * what.
   */
  OTHER(
      "Other",
      "Someone whose role is known but is none of the above, such as a lodger; roleAsWritten says what."),
  /** The document does not say how the person is related to the child. */
  NOT_KNOWN(
      "Not known",
      "The document does not say how the person is related to the child.");

  private final String label;
  private final String definition;

  FamilyRole(String label, String definition) {
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
