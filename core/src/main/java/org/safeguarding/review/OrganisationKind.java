package org.safeguarding.review;

/**
 * The kind of body that leads, commissions or publishes reviews or is named in their governance.
 */
public enum OrganisationKind implements DefinedValue {
  /** Local safeguarding children partnership (from 2019). */
  SAFEGUARDING_CHILDREN_PARTNERSHIP(
      "Safeguarding children partnership",
      "Local safeguarding children partnership (from 2019)."),
  /** Local safeguarding children board (before 2019), including boards in transition. */
  SAFEGUARDING_CHILDREN_BOARD(
      "Local safeguarding children board",
      "Local safeguarding children board (before 2019), including boards in transition."),
  /** A safeguarding adults board. */
  SAFEGUARDING_ADULTS_BOARD(
      "Safeguarding adults board",
      "A safeguarding adults board."),
  /** A community safety partnership. */
  COMMUNITY_SAFETY_PARTNERSHIP(
      "Community safety partnership",
      "A community safety partnership."),
  /** The national Child Safeguarding Practice Review Panel. */
  NATIONAL_PANEL(
      "Child Safeguarding Practice Review Panel",
      "The national Child Safeguarding Practice Review Panel."),
  /** A council, or one of its committees or boards. */
  LOCAL_AUTHORITY(
      "Local authority",
      "A council, or one of its committees or boards."),
  /** An integrated care board, clinical commissioning group or NHS trust. */
  HEALTH_BODY(
      "Health body",
      "An integrated care board, clinical commissioning group or NHS trust."),
  /** A police force. */
  POLICE_FORCE(
      "Police force",
      "A police force."),
  /** A child death overview panel (CDOP). */
  CHILD_DEATH_OVERVIEW_PANEL(
      "Child death overview panel",
      "A child death overview panel (CDOP)."),
  /** A government department or inspectorate, such as the Department for Education or Ofsted. */
  GOVERNMENT(
      "Government",
      "A government department or inspectorate, such as the Department for Education or Ofsted."),
  /** A newspaper, broadcaster or news website. */
  NEWS_OUTLET(
      "News outlet",
      "A newspaper, broadcaster or news website."),
  /** Another kind of body. */
  OTHER(
      "Other",
      "Another kind of body.");

  private final String label;
  private final String definition;

  OrganisationKind(String label, String definition) {
    this.label = label;
    this.definition = definition;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return definition;
  }
}
