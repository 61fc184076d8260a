package org.safeguarding.review;

/** A local service a family is registered with or can lose access to. */
public enum LocalService implements DefinedValue {
  /** A GP surgery. */
  GP(
      "GP",
      "A GP surgery."),
  /** A school or college. */
  SCHOOL(
      "School",
      "A school or college."),
  /** A health visiting team. */
  HEALTH_VISITING(
      "Health visiting",
      "A health visiting team."),
  /** A nursery, pre-school or childminder. */
  EARLY_YEARS(
      "Nursery or early years setting",
      "A nursery, pre-school or childminder."),
  /** Specialist health services, such as a hospital clinic or therapy. */
  SPECIALIST_HEALTH(
      "Specialist health services",
      "Specialist health services, such as a hospital clinic or therapy."),
  /** Family, friends and community support (access only, not a registration). */
  SUPPORT_NETWORK(
      "Wider family and support network",
      "Family, friends and community support (access only, not a registration)."),
  /** Another local service. */
  OTHER(
      "Other",
      "Another local service.");

  private final String label;
  private final String definition;

  LocalService(String label, String definition) {
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
