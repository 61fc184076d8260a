package org.safeguarding.review;

/** The category of a child protection plan. */
public enum ChildProtectionCategory implements DefinedValue {
  /** The plan's category is neglect. */
  NEGLECT("Neglect"),
  /** The plan's category is physical abuse. */
  PHYSICAL_ABUSE("Physical abuse"),
  /** The plan's category is sexual abuse. */
  SEXUAL_ABUSE("Sexual abuse"),
  /** The plan's category is emotional abuse. */
  EMOTIONAL_ABUSE("Emotional abuse"),
  /** The plan has more than one category. */
  MULTIPLE("Multiple categories");

  private final String label;

  ChildProtectionCategory(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return ChildProtectionCategory_.definition(this);
  }
}
