package org.safeguarding.review;

/**
 * The kind of body that leads, commissions or publishes reviews or is named in their governance.
 */
public enum OrganisationKind implements DefinedValue {
  /** Local safeguarding children partnership (from 2019). */
  SAFEGUARDING_CHILDREN_PARTNERSHIP("Safeguarding children partnership"),
  /** Local safeguarding children board (before 2019), including boards in transition. */
  SAFEGUARDING_CHILDREN_BOARD("Local safeguarding children board"),
  /** A safeguarding adults board. */
  SAFEGUARDING_ADULTS_BOARD("Safeguarding adults board"),
  /**
   * One partnership for children's and adults' safeguarding in an English area, such as a
   * "safeguarding partnership" that is both the children's partnership and the adults' board.
   */
  JOINT_SAFEGUARDING_PARTNERSHIP("Joint children's and adults' safeguarding partnership"),
  /**
   * A Welsh regional safeguarding board (Social Services and Well-being (Wales) Act 2014 s134): the
   * region's children's and adults' boards, usually named as one.
   */
  REGIONAL_SAFEGUARDING_BOARD("Regional safeguarding board (Wales)"),
  /** A Scottish child protection committee, or its chief officers group. */
  CHILD_PROTECTION_COMMITTEE("Child protection committee (Scotland)"),
  /**
   * The Safeguarding Board for Northern Ireland (Safeguarding Board Act (Northern Ireland) 2011),
   * its case management review panel or a local safeguarding panel.
   */
  SAFEGUARDING_BOARD_NORTHERN_IRELAND("Safeguarding Board for Northern Ireland"),
  /** A community safety partnership. */
  COMMUNITY_SAFETY_PARTNERSHIP("Community safety partnership"),
  /** The national Child Safeguarding Practice Review Panel. */
  NATIONAL_PANEL("Child Safeguarding Practice Review Panel"),
  /** A council, or one of its committees or boards. */
  LOCAL_AUTHORITY("Local authority"),
  /** An integrated care board, clinical commissioning group or NHS trust. */
  HEALTH_BODY("Health body"),
  /** A police force. */
  POLICE_FORCE("Police force"),
  /**
   * A body that joins a council's and the health board's or trust's services, such as Scotland's
   * health and social care partnerships and integration joint boards, or Northern Ireland's health
   * and social care trusts.
   */
  HEALTH_AND_SOCIAL_CARE_PARTNERSHIP("Health and social care partnership"),
  /** A child death overview panel (CDOP). */
  CHILD_DEATH_OVERVIEW_PANEL("Child death overview panel"),
  /**
   * A committee, sub-group or panel of a partnership or board, such as a case review sub-group or
   * Northern Ireland's Case Management Review Panel; its {@code partOf} names the body it belongs
   * to.
   */
  SUB_GROUP("Committee, sub-group or panel of a board"),
  /**
   * A government or its department or team, such as the Department for Education, the Welsh
   * Government or the Home Office.
   */
  GOVERNMENT("Government"),
  /** An inspectorate, such as Ofsted, the Care Quality Commission, Care Inspectorate Wales or the Care Inspectorate. */
  INSPECTORATE("Inspectorate"),
  /**
   * A national programme or network that is not a government, panel or inspectorate, such as the
   * Vulnerability Knowledge and Practice Programme or a national centre of expertise.
   */
  NATIONAL_PROGRAMME("National programme"),
  /**
   * A professional or membership body, such as the College of Policing, a royal college or the
   * Association of Directors of Children's Services.
   */
  PROFESSIONAL_BODY("Professional body"),
  /** A charity or other voluntary organisation, such as the NSPCC. */
  CHARITY("Charity or voluntary organisation"),
  /** A university, or another research body or institute. */
  UNIVERSITY("University or research body"),
  /** A newspaper, broadcaster or news website. */
  NEWS_OUTLET("News outlet"),
  /** Another kind of body. */
  OTHER("Other");

  private final String label;

  OrganisationKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return OrganisationKind_.definition(this);
  }
}
