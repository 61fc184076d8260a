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
  /** A child death overview panel (CDOP). */
  CHILD_DEATH_OVERVIEW_PANEL("Child death overview panel"),
  /** A government department or inspectorate, such as the Department for Education or Ofsted. */
  GOVERNMENT("Government"),
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
