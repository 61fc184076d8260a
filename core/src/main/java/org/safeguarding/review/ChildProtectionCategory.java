package org.safeguarding.review;

/** The category of a child protection plan. */
public enum ChildProtectionCategory implements DefinedValue {
  /** The plan's category is neglect. */
  NEGLECT(
      "Neglect",
      "The plan's category is neglect."),
  /** The plan's category is physical abuse. */
  PHYSICAL_ABUSE(
      "Physical abuse",
      "The plan's category is physical abuse."),
  /** The plan's category is sexual abuse. */
  SEXUAL_ABUSE(
      "Sexual abuse",
      "The plan's category is sexual abuse."),
  /** The plan's category is emotional abuse. */
  EMOTIONAL_ABUSE(
      "Emotional abuse",
      "The plan's category is emotional abuse."),
  /** The plan has more than one category. */
  MULTIPLE(
      "Multiple categories",
      "The plan has more than one category.");

  private final String label;
  private final String definition;

  ChildProtectionCategory(String label, String definition) {
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
