package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;

/** The category of a child protection plan. */
public enum ChildProtectionCategory implements DefinedValue {
  /** The plan's category is neglect. */
  @Coded(list = CodeList.CIN_CATEGORY_OF_ABUSE, code = "NEG")
  NEGLECT("Neglect"),
  /** The plan's category is physical abuse. */
  @Coded(list = CodeList.CIN_CATEGORY_OF_ABUSE, code = "PHY")
  PHYSICAL_ABUSE("Physical abuse"),
  /** The plan's category is sexual abuse. */
  @Coded(list = CodeList.CIN_CATEGORY_OF_ABUSE, code = "SAB")
  SEXUAL_ABUSE("Sexual abuse"),
  /** The plan's category is emotional abuse. */
  @Coded(list = CodeList.CIN_CATEGORY_OF_ABUSE, code = "EMO")
  EMOTIONAL_ABUSE("Emotional abuse"),
  /** The plan has more than one category. */
  @Coded(list = CodeList.CIN_CATEGORY_OF_ABUSE, code = "MUL")
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
