package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;

/** The legal status of a looked-after child as the SSDA903 return codes it. */
public enum LegalStatus implements DefinedValue {
  /** An interim care order (s38 Children Act 1989; SSDA903 C1). */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "C1")
  INTERIM_CARE_ORDER("Interim care order"),
  /** A full care order (s31 Children Act 1989; SSDA903 C2). */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "C2")
  FULL_CARE_ORDER("Full care order"),
  /** A freeing order granted (Adoption Act 1976; SSDA903 D1). */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "D1")
  FREEING_ORDER("Freeing order granted"),
  /** A placement order granted (Adoption and Children Act 2002; SSDA903 E1). */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "E1")
  PLACEMENT_ORDER("Placement order granted"),
  /** A single period of accommodation under s20 Children Act 1989 (SSDA903 V2). */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "V2")
  SECTION_20_SINGLE_PERIOD("Accommodated under s20"),
  /**
   * Accommodated under an agreed series of short-term breaks, each episode recorded (SSDA903 V3).
   */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "V3")
  SHORT_BREAKS_EPISODES("Short breaks, episodes recorded"),
  /**
   * Accommodated under an agreed series of short-term breaks, the agreements recorded (SSDA903 V4).
   */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "V4")
  SHORT_BREAKS_AGREEMENTS("Short breaks, agreements recorded"),
  /** Under police protection and in local authority accommodation (SSDA903 L1). */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "L1")
  POLICE_PROTECTION("Police protection"),
  /** An emergency protection order (SSDA903 L2). */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "L2")
  EMERGENCY_PROTECTION_ORDER("Emergency protection order"),
  /** Under a child assessment order and in local authority accommodation (SSDA903 L3). */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "L3")
  CHILD_ASSESSMENT_ORDER("Child assessment order"),
  /** Remanded to local authority accommodation or to youth detention accommodation (SSDA903 J1). */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "J1")
  REMANDED("Remanded"),
  /**
   * Placed in local authority accommodation under the Police and Criminal Evidence Act 1984
   * (SSDA903 J2).
   */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "J2")
  PACE_ACCOMMODATION("Accommodated under PACE"),
  /**
   * Sentenced to a youth rehabilitation order with a residence or intensive fostering requirement
   * (SSDA903 J3).
   */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "J3")
  YOUTH_REHABILITATION_ORDER("Youth rehabilitation order");

  private final String label;

  LegalStatus(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return LegalStatus_.definition(this);
  }
}
