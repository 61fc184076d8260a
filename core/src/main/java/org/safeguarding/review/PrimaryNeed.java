package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;

/** The main reason a child was in need, as the children in need census codes it. */
public enum PrimaryNeed implements DefinedValue {
  /** Abuse or neglect (census N1). */
  @Coded(list = CodeList.CIN_PRIMARY_NEED, code = "N1")
  ABUSE_OR_NEGLECT("Abuse or neglect"),
  /** The child's disability (census N2). */
  @Coded(list = CodeList.CIN_PRIMARY_NEED, code = "N2")
  CHILDS_DISABILITY("Child's disability"),
  /** A parent's disability or illness (census N3). */
  @Coded(list = CodeList.CIN_PRIMARY_NEED, code = "N3")
  PARENTAL_DISABILITY_OR_ILLNESS("Parental disability or illness"),
  /** The family in acute stress (census N4). */
  @Coded(list = CodeList.CIN_PRIMARY_NEED, code = "N4")
  FAMILY_IN_ACUTE_STRESS("Family in acute stress"),
  /** Family dysfunction (census N5). */
  @Coded(list = CodeList.CIN_PRIMARY_NEED, code = "N5")
  FAMILY_DYSFUNCTION("Family dysfunction"),
  /** The child's socially unacceptable behaviour (census N6). */
  @Coded(list = CodeList.CIN_PRIMARY_NEED, code = "N6")
  SOCIALLY_UNACCEPTABLE_BEHAVIOUR("Socially unacceptable behaviour"),
  /** Low income (census N7). */
  @Coded(list = CodeList.CIN_PRIMARY_NEED, code = "N7")
  LOW_INCOME("Low income"),
  /** Absent parenting (census N8). */
  @Coded(list = CodeList.CIN_PRIMARY_NEED, code = "N8")
  ABSENT_PARENTING("Absent parenting"),
  /** A case other than a child in need (census N9). */
  @Coded(list = CodeList.CIN_PRIMARY_NEED, code = "N9")
  NOT_A_CHILD_IN_NEED("Cases other than children in need"),
  /** The need was not stated (census N0). */
  @Coded(list = CodeList.CIN_PRIMARY_NEED, code = "N0")
  NOT_STATED("Not stated");

  private final String label;

  PrimaryNeed(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return PrimaryNeed_.definition(this);
  }
}
