package org.safeguarding.review;

/** A local service a family can lose access to when moved. */
public enum LocalService {
  GP("GP"),
  SCHOOL("School"),
  HEALTH_VISITING("Health visiting"),
  EARLY_YEARS("Nursery or early years setting"),
  SPECIALIST_HEALTH("Specialist health services"),
  SUPPORT_NETWORK("Wider family and support network"),
  OTHER("Other");

  private final String label;

  LocalService(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
