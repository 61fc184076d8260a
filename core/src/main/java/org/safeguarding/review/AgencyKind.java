package org.safeguarding.review;

/** An agency that worked with a child or family. */
public enum AgencyKind {
  CHILDRENS_SOCIAL_CARE("Children's social care"),
  FRONT_DOOR_MASH("Front door / MASH"),
  OUT_OF_HOURS_SOCIAL_CARE("Out-of-hours social care"),
  EARLY_HELP("Early help"),
  LADO("Local authority designated officer (LADO)"),
  POLICE("Police"),
  GP("GP"),
  HEALTH_VISITING("Health visiting"),
  SCHOOL_NURSING("School nursing"),
  MIDWIFERY("Midwifery"),
  EMERGENCY_DEPARTMENT("Emergency department"),
  HOSPITAL_PAEDIATRICS("Hospital paediatrics"),
  AMBULANCE("Ambulance service"),
  CAMHS("Child and adolescent mental health services"),
  ADULT_MENTAL_HEALTH("Adult mental health"),
  SUBSTANCE_MISUSE_SERVICE("Substance misuse service"),
  EDUCATION_AND_EARLY_YEARS("Education and early years"),
  HOUSING_LOCAL_AUTHORITY("Local authority housing"),
  HOUSING_PROVIDER("Housing provider"),
  PROBATION("Probation"),
  YOUTH_JUSTICE("Youth justice"),
  ADULT_SOCIAL_CARE("Adult social care"),
  DOMESTIC_ABUSE_SERVICE("Domestic abuse service"),
  VOLUNTARY_SECTOR("Voluntary sector"),
  CAFCASS("Cafcass"),
  OTHER("Other");

  private final String label;

  AgencyKind(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
