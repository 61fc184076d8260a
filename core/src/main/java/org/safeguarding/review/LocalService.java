package org.safeguarding.review;

/** A local service a family is registered with or can lose access to. */
public enum LocalService implements DefinedValue {
  /** A GP surgery. */
  GP("GP"),
  /** A school or college. */
  SCHOOL("School"),
  /** A health visiting team. */
  HEALTH_VISITING("Health visiting"),
  /** A nursery, pre-school or childminder. */
  EARLY_YEARS("Nursery or early years setting"),
  /** Specialist health services, such as a hospital clinic or therapy. */
  SPECIALIST_HEALTH("Specialist health services"),
  /** Family, friends and community support (access only, not a registration). */
  SUPPORT_NETWORK("Wider family and support network"),
  /** Another local service. */
  OTHER("Other");

  private final String label;

  LocalService(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return LocalService_.definition(this);
  }
}
