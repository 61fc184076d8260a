package org.safeguarding.review;

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
  /** The subject of a children and family (single) assessment under way. */
  ASSESSMENT("Assessment"),
  /** The subject of a child protection enquiry under s47 Children Act 1989. */
  SECTION_47_ENQUIRY("Section 47 enquiry"),
  /** A child in need with a plan under s17 Children Act 1989. */
  CHILD_IN_NEED("Child in need"),
  /** Subject to a child protection plan; category says which. */
  CHILD_PROTECTION_PLAN("Child protection plan"),
  /** Looked after by a local authority, the section not given. */
  LOOKED_AFTER("Looked after"),
  /** Looked after by agreement under s20 Children Act 1989. */
  LOOKED_AFTER_SECTION_20("Looked after (s20)"),
  /** Looked after under a care order (s31 Children Act 1989). */
  LOOKED_AFTER_SECTION_31("Looked after (s31)"),
  /** A care leaver. */
  CARE_LEAVER("Care leaver");

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
