package org.safeguarding.review;

/** A child's education at the time of the incident. */
public enum EducationStatus implements DefinedValue {
  /** Below compulsory school age and in no early years setting. */
  NOT_OF_SCHOOL_AGE("Not of school age"),
  /** Attending a nursery, pre-school or childminder. */
  EARLY_YEARS_SETTING("In an early years setting"),
  /** On the roll of a school or college. */
  IN_SCHOOL("On a school roll"),
  /** Educated in alternative provision, such as a pupil referral unit. */
  ALTERNATIVE_PROVISION("In alternative provision"),
  /** Educated at home by choice of the parents. */
  ELECTIVE_HOME_EDUCATION("Electively home educated"),
  /** Of school age and not on a roll or otherwise receiving suitable education. */
  CHILD_MISSING_EDUCATION("Child missing education"),
  /** The document says the child's education is not known. */
  NOT_KNOWN("Not known");

  private final String label;

  EducationStatus(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return EducationStatus_.definition(this);
  }
}
