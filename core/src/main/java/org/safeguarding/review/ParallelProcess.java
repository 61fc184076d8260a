package org.safeguarding.review;

/** A process running alongside a review. */
public enum ParallelProcess {
  POLICE_INVESTIGATION("Police investigation"),
  CRIMINAL_PROCEEDINGS("Criminal proceedings"),
  CORONER("Coroner's inquest"),
  CHILD_DEATH_REVIEW("Child death review"),
  DOMESTIC_HOMICIDE_REVIEW("Domestic homicide review"),
  SAFEGUARDING_ADULTS_REVIEW("Safeguarding adults review"),
  FAMILY_COURT_PROCEEDINGS("Family court proceedings");

  private final String label;

  ParallelProcess(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
