package org.safeguarding.review;

/** Where a child was brought or seen when harm came to light. */
public enum PresentationRoute implements DefinedValue {
  /** A hospital emergency department (accident and emergency). */
  EMERGENCY_DEPARTMENT("Emergency department"),
  /** A hospital, the department not said ("taken to hospital"). */
  HOSPITAL("Hospital, department not said"),
  /** An urgent treatment centre, minor injuries unit or out-of-hours service. */
  URGENT_CARE("Urgent care"),
  /** A general practice. */
  GP("GP"),
  /** A health visitor, midwife or other community health contact. */
  HEALTH_VISITOR_OR_MIDWIFE("Health visitor or midwife"),
  /** Staff at a school, nursery or childminder saw it. */
  SCHOOL_OR_NURSERY("School or nursery"),
  /** Paramedics called to the home or elsewhere. */
  AMBULANCE("Ambulance"),
  /** The police found or were told of it. */
  POLICE("Police"),
  /** Another route; detail says what. */
  OTHER("Other");

  private final String label;

  PresentationRoute(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return PresentationRoute_.definition(this);
  }
}
