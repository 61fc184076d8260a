package org.safeguarding.review;

/**
 * A reader a document says it is written for who is a role or a team rather than an agency
 * ("managers", "your teams", "frontline practitioners").
 */
public enum AudienceRole implements DefinedValue {
  /** Practitioners, frontline staff or professionals working with children and families. */
  PRACTITIONERS("Practitioners"),
  /** Managers and supervisors, such as those who deliver a briefing to their teams. */
  MANAGERS("Managers and supervisors"),
  /** Teams, as groups that read or discuss the document together ("your teams", "team meetings"). */
  TEAMS("Teams"),
  /** Senior and strategic leaders, such as partnership or board members and heads of service. */
  LEADERS("Leaders"),
  /** Volunteers, such as in community and faith groups. */
  VOLUNTEERS("Volunteers"),
  /** Families, carers and the public. */
  PUBLIC("Families and the public");

  private final String label;

  AudienceRole(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return AudienceRole_.definition(this);
  }
}
