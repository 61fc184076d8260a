package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;
import org.safeguarding.review.national.Match;

/** A child's or family member's involvement with children's services. */
public enum StatusKind implements DefinedValue {
  /** No involvement with children's services (the document says so). */
  NONE("No involvement"),
  /**
   * Known to children's social care or other services without a current plan: earlier referrals,
   * contacts or closed cases.
   */
  KNOWN_TO_SERVICES("Known to services"),
  /** Receiving early help. */
  EARLY_HELP("Early help"),
  /**
   * Supported on a non-statutory basis by universal or statutory services ("supported on a
   * non-statutory basis by a range of universal and statutory services"): help that the document
   * calls neither early help nor a plan.
   */
  NON_STATUTORY_SUPPORT("Non-statutory support"),
  /** The subject of a children and family (single) assessment under way. */
  ASSESSMENT("Assessment"),
  /** Referred to children's social care; the closure reason says what followed. */
  REFERRAL("Referral"),
  /** The subject of a child protection enquiry under s47 Children Act 1989. */
  SECTION_47_ENQUIRY("Section 47 enquiry"),
  /** A child in need with a plan under s17 Children Act 1989. */
  CHILD_IN_NEED("Child in need"),
  /** Subject to a child protection plan; category says which. */
  CHILD_PROTECTION_PLAN("Child protection plan"),
  /** An initial child protection conference was held or due. */
  INITIAL_CHILD_PROTECTION_CONFERENCE("Initial child protection conference"),
  /** Looked after by a local authority, the section not given. */
  LOOKED_AFTER("Looked after"),
  /** Looked after by agreement under s20 Children Act 1989. */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "V2", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "V3", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "V4", match = Match.CLOSE)
  LOOKED_AFTER_SECTION_20("Looked after (s20)"),
  /**
   * Looked after under a care order or an interim care order (s31 or s38 Children Act 1989); the
   * status's legal status says which.
   */
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "C1", match = Match.CLOSE)
  @Coded(list = CodeList.SSDA903_LEGAL_STATUS, code = "C2", match = Match.CLOSE)
  LOOKED_AFTER_SECTION_31("Looked after (s31)"),
  /** A care leaver; the status's care leaver category says which. */
  CARE_LEAVER("Care leaver"),
  /**
   * Privately fostered: cared for by someone who is not a parent or close relative for 28 days or
   * more, by private arrangement.
   */
  PRIVATELY_FOSTERED("Privately fostered"),
  /** An unaccompanied asylum-seeking child. */
  UNACCOMPANIED_ASYLUM_SEEKING_CHILD("Unaccompanied asylum-seeking child"),
  /** Living under a special guardianship order. */
  @Coded(list = CodeList.CIN_REASON_FOR_CLOSURE, code = "RC4", match = Match.CLOSE, when = "the order closed the episode of need")
  SPECIAL_GUARDIANSHIP_ORDER("Special guardianship order"),
  /** Living under a child arrangements order (a residence order before 22 April 2014). */
  @Coded(list = CodeList.CIN_REASON_FOR_CLOSURE, code = "RC3", match = Match.CLOSE, when = "the order closed the episode of need")
  CHILD_ARRANGEMENTS_ORDER("Child arrangements order"),
  /** Adopted. */
  @Coded(list = CodeList.CIN_REASON_FOR_CLOSURE, code = "RC1", match = Match.CLOSE, when = "the adoption closed the episode of need")
  ADOPTED("Adopted"),
  /**
   * Under a supervision order: a court's order (s31 Children Act 1989 in England and Wales, or an
   * interim one under s38) putting the child under a local authority's supervision while they live at
   * home, often the outcome of care proceedings. The child is not looked after under it, so it has
   * no looked after legal status (SSDA903), and the census's reasons for closure have no code for
   * it; where the document says the child was also looked after, that is a status of its own.
   */
  SUPERVISION_ORDER("Supervision order"),
  /**
   * Deprived of liberty under a court's order (recorded by the SSDA903 return from 2026 to 2027).
   */
  DEPRIVATION_OF_LIBERTY_ORDER("Deprivation of liberty order");

  private final String label;

  StatusKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return StatusKind_.definition(this);
  }
}
