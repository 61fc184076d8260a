package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;

/** Why a child's episode of need closed, as the children in need census codes it. */
public enum ClosureReason implements DefinedValue {
  /** The child was adopted (census RC1). */
  @Coded(list = CodeList.CIN_REASON_FOR_CLOSURE, code = "RC1")
  ADOPTED("Adopted"),
  /** The child died (census RC2). */
  @Coded(list = CodeList.CIN_REASON_FOR_CLOSURE, code = "RC2")
  DIED("Died"),
  /** A child arrangements order was made (census RC3). */
  @Coded(list = CodeList.CIN_REASON_FOR_CLOSURE, code = "RC3")
  CHILD_ARRANGEMENTS_ORDER("Child arrangements order"),
  /** A special guardianship order was made (census RC4). */
  @Coded(list = CodeList.CIN_REASON_FOR_CLOSURE, code = "RC4")
  SPECIAL_GUARDIANSHIP_ORDER("Special guardianship order"),
  /** Transferred to the services of another local authority (census RC5). */
  @Coded(list = CodeList.CIN_REASON_FOR_CLOSURE, code = "RC5")
  TRANSFERRED_TO_ANOTHER_AUTHORITY("Transferred to another local authority"),
  /** Transferred to adult social care services (census RC6). */
  @Coded(list = CodeList.CIN_REASON_FOR_CLOSURE, code = "RC6")
  TRANSFERRED_TO_ADULT_SOCIAL_CARE("Transferred to adult social care"),
  /**
   * Services ceased for any other reason, including the child no longer being in need (census RC7).
   */
  @Coded(list = CodeList.CIN_REASON_FOR_CLOSURE, code = "RC7")
  SERVICES_CEASED("Services ceased"),
  /** The case closed after assessment with no further action (census RC8). */
  @Coded(list = CodeList.CIN_REASON_FOR_CLOSURE, code = "RC8")
  NO_FURTHER_ACTION("Closed after assessment, no further action"),
  /** The case closed after assessment and was referred to early help (census RC9). */
  @Coded(list = CodeList.CIN_REASON_FOR_CLOSURE, code = "RC9")
  REFERRED_TO_EARLY_HELP("Closed after assessment, referred to early help");

  private final String label;

  ClosureReason(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return ClosureReason_.definition(this);
  }
}
