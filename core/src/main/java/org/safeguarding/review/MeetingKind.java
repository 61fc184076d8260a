package org.safeguarding.review;

/**
 * The kind of meeting a document tells of: a review's learning or practitioner event, a meeting with
 * the family, a panel's meeting, or a meeting about the child at the time.
 */
public enum MeetingKind implements DefinedValue {
  /** A learning event, such as a learning or recall event of a review, where practitioners and managers reflect on the case together. */
  LEARNING_EVENT("Learning event"),
  /** An event or workshop held for practitioners who worked with the family, to hear their account. */
  PRACTITIONER_EVENT("Practitioner event"),
  /** A meeting with the child's family or the child, to hear their views for a review. */
  FAMILY_MEETING("Meeting with the family"),
  /** A meeting of a review's panel, a partnership's case review group or a sub-group. */
  PANEL_MEETING("Panel or group meeting"),
  /** A strategy meeting or discussion about the child, under child protection procedures. */
  STRATEGY_MEETING("Strategy meeting or discussion"),
  /** A child protection conference, initial or review. */
  CHILD_PROTECTION_CONFERENCE("Child protection conference"),
  /** A meeting of professionals about the child, such as a core group or a professionals' meeting. */
  PROFESSIONALS_MEETING("Professionals' meeting"),
  /** A kind of meeting this list does not name; the meeting's purpose says what it was. */
  OTHER("Other");

  private final String label;

  MeetingKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return MeetingKind_.definition(this);
  }
}
