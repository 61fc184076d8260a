package org.safeguarding.review;

/** What kind of event a learning document's chronology records. */
public enum EventKind implements DefinedValue {
  /** A contact or referral to an agency ("a referral was made to children's social care"). */
  REFERRAL("Referral or contact"),
  /** A strategy meeting or discussion. */
  STRATEGY_MEETING("Strategy meeting or discussion"),
  /** A child protection conference, initial or review. */
  CONFERENCE("Child protection conference"),
  /** Another multi-agency meeting ("a team around the family meeting", "a core group"). */
  MEETING("Meeting"),
  /** An assessment of the child or family, begun or completed. */
  ASSESSMENT("Assessment"),
  /** A home visit or another contact of a practitioner with the family. */
  VISIT("Visit or contact with the family"),
  /** An appointment, attendance or admission at a health service. */
  HEALTH_CONTACT("Health appointment or attendance"),
  /** A moment the document picks out as a key practice episode, outside a rapid review's form. */
  PRACTICE_EPISODE("Key practice episode"),
  /**
   * Care or other family court proceedings about the child (care proceedings, an application for a
   * supervision order, private law proceedings), begun, heard or concluded before the incident; the
   * event's outcome says what the court decided, as written, and an order that followed is also a
   * status (such as SUPERVISION_ORDER). Proceedings after the incident are the incident's
   * consequence (CARE_PROCEEDINGS) instead.
   */
  COURT_PROCEEDINGS("Court proceedings"),
  /**
   * An arrest of the child or of a family member before or apart from the incident ("at point of
   * arrest"); an arrest that followed the incident is the incident's consequence (ARREST), and a
   * person's arrests before the events the document lists as history are their criminal history.
   */
  ARREST("Arrest"),
  /**
   * A report or call to the police, such as a missing person report or a report of a threat to
   * the child ("when there were reported threats to life"); a referral by the police to another
   * agency is REFERRAL.
   */
  REPORT_TO_POLICE("Report to the police"),
  /** Another event; the title says what. */
  OTHER("Other");

  private final String label;

  EventKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return EventKind_.definition(this);
  }
}
