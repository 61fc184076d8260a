package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;
import org.safeguarding.review.national.Match;

/** Where a looked-after child was placed, as the SSDA903 return codes a placement. */
public enum PlacementType implements DefinedValue {
  /**
   * Placed for adoption with parental or guardian consent with the current foster carers (SSDA903
   * A3).
   */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "A3")
  ADOPTION_WITH_CONSENT_CURRENT_CARERS("Placed for adoption with consent, with current foster carers"),
  /**
   * Placed for adoption with parental or guardian consent, not with the current foster carers
   * (SSDA903 A4).
   */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "A4")
  ADOPTION_WITH_CONSENT_OTHER_CARERS("Placed for adoption with consent, not with current foster carers"),
  /** Placed for adoption under a placement order with the current foster carers (SSDA903 A5). */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "A5")
  ADOPTION_PLACEMENT_ORDER_CURRENT_CARERS("Placed for adoption under a placement order, with current foster carers"),
  /**
   * Placed for adoption under a placement order, not with the current foster carers (SSDA903 A6).
   */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "A6")
  ADOPTION_PLACEMENT_ORDER_OTHER_CARERS("Placed for adoption under a placement order, not with current foster carers"),
  /** A secure children's home (SSDA903 K1). */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "K1")
  SECURE_CHILDRENS_HOME("Secure children's home"),
  /** A children's home subject to the Children's Homes Regulations (SSDA903 K2). */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "K2")
  CHILDRENS_HOME("Children's home"),
  /**
   * Supported or semi-independent accommodation not subject to the children's homes regulations
   * (SSDA903 K3 from 2024 to 2025; H5 before).
   */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "K3")
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "H5", match = Match.CLOSE)
  SUPPORTED_ACCOMMODATION("Supported accommodation"),
  /** Placed with own parents or other people with parental responsibility (SSDA903 P1). */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "P1")
  WITH_PARENTS("With parents"),
  /**
   * Independent living, such as a flat, lodgings, a bedsit or with friends (SSDA903 P2, no longer
   * used from 28 October 2023).
   */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "P2")
  INDEPENDENT_LIVING("Independent living"),
  /** Residential employment (SSDA903 P3). */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "P3")
  RESIDENTIAL_EMPLOYMENT("Residential employment"),
  /** A residential care home (SSDA903 R1). */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "R1")
  RESIDENTIAL_CARE_HOME("Residential care home"),
  /**
   * An NHS or health trust establishment, or another providing medical or nursing care (SSDA903
   * R2).
   */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "R2")
  HEALTH_ESTABLISHMENT("NHS or health establishment"),
  /** A family centre or mother and baby unit (SSDA903 R3). */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "R3")
  FAMILY_CENTRE_OR_MOTHER_AND_BABY_UNIT("Family centre or mother and baby unit"),
  /** A young offender institution (SSDA903 R5). */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "R5")
  YOUNG_OFFENDER_INSTITUTION("Young offender institution"),
  /** A residential school, except one dual-registered as a children's home (SSDA903 S1). */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "S1")
  RESIDENTIAL_SCHOOL("Residential school"),
  /**
   * A temporary move of any kind (SSDA903 T0 to T4: in hospital, on holiday, while the carers are
   * on holiday, seven days or less).
   */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "T0")
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "T1", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "T2", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "T3", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "T4", match = Match.CLOSE)
  TEMPORARY_MOVE("Temporary move"),
  /** Foster placement with relatives or friends, long term (SSDA903 U1). */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "U1")
  FOSTER_FAMILY_OR_FRIENDS_LONG_TERM("Foster placement with family or friends, long term"),
  /**
   * Foster placement with relatives or friends who are also approved adopters: fostering for
   * adoption or concurrent planning (SSDA903 U2).
   */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "U2")
  FOSTER_FAMILY_OR_FRIENDS_FOR_ADOPTION("Foster placement with family or friends, fostering for adoption"),
  /**
   * Foster placement with relatives or friends, neither long term nor for adoption (SSDA903 U3).
   */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "U3")
  FOSTER_FAMILY_OR_FRIENDS_OTHER("Foster placement with family or friends, other"),
  /** Foster placement with other foster carers, long term (SSDA903 U4). */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "U4")
  FOSTER_LONG_TERM("Foster placement, long term"),
  /** Foster placement with other foster carers who are also approved adopters (SSDA903 U5). */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "U5")
  FOSTER_FOR_ADOPTION("Foster placement, fostering for adoption"),
  /** Foster placement with other foster carers, neither long term nor for adoption (SSDA903 U6). */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "U6")
  FOSTER_OTHER("Foster placement, other"),
  /**
   * A foster placement, the document not saying whether with relatives or friends, long term or for
   * adoption ("placed in foster care"; SSDA903 U1 to U6, one of which it is).
   */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "U1", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "U2", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "U3", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "U4", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "U5", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "U6", match = Match.CLOSE)
  FOSTER_KIND_NOT_SAID("Foster placement, kind not said"),
  /**
   * Another placement (SSDA903 Z1, and Z11 to Z14 from 2025 to 2026, whose wording is not
   * confirmed).
   */
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "Z1")
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "Z11", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "Z12", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "Z13", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_PLACEMENT_TYPE, code = "Z14", match = Match.CLOSE)
  OTHER("Other placement");

  private final String label;

  PlacementType(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return PlacementType_.definition(this);
  }
}
