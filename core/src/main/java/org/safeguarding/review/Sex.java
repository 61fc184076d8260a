package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;

/** A child's sex as recorded. */
public enum Sex implements DefinedValue {
  /** Female ("girl"). */
  @Coded(list = CodeList.CIN_SEX, code = "F")
  FEMALE("Female"),
  /** Male ("boy"). */
  @Coded(list = CodeList.CIN_SEX, code = "M")
  MALE("Male"),
  /** The document says the sex is not known. */
  @Coded(list = CodeList.CIN_SEX, code = "U", when = "also for an unborn child")
  NOT_KNOWN("Not known");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Sex_.definition(this);
  }
}
