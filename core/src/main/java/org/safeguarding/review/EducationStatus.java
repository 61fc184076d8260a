package org.safeguarding.review;

/** A child's education at the time of the incident. */
public enum EducationStatus {
  NOT_OF_SCHOOL_AGE("Not of school age"),
  EARLY_YEARS_SETTING("In an early years setting"),
  IN_SCHOOL("On a school roll"),
  ALTERNATIVE_PROVISION("In alternative provision"),
  ELECTIVE_HOME_EDUCATION("Electively home educated"),
  CHILD_MISSING_EDUCATION("Child missing education"),
  NOT_KNOWN("Not known");

  private final String label;

  EducationStatus(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
