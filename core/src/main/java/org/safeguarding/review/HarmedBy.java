package org.safeguarding.review;

/**
 * Whether the harm in an incident was done by an adult or by another child, as the children in need
 * census tells physical and sexual abuse apart (child on child, adult on child).
 */
public enum HarmedBy implements DefinedValue {
  /** An adult harmed the child. */
  ADULT("An adult"),
  /** Another child harmed the child (child on child), including a young person under 18. */
  CHILD("Another child"),
  /** Both adults and other children harmed the child. */
  ADULT_AND_CHILD("Adults and children"),
  /** The document says it is not known who harmed the child. */
  NOT_KNOWN("Not known");

  private final String label;

  HarmedBy(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return HarmedBy_.definition(this);
  }
}
