package org.safeguarding.review;

/**
 * The catalogue of agencies that work with children and families; the agency's own name is kept
 * beside the kind.
 */
public enum AgencyKind implements DefinedValue {
  /**
   * The local authority's children's social work service, or a children's trust running it, when no
   * more specific kind fits.
   */
  CHILDRENS_SOCIAL_CARE("Children's social care"),
  /**
   * The single point of contact for concerns about children: front door, multi-agency safeguarding
   * hub, duty and assessment.
   */
  FRONT_DOOR_MASH("Front door / MASH"),
  /** The emergency duty or out-of-hours social care service. */
  OUT_OF_HOURS_SOCIAL_CARE("Out-of-hours social care"),
  /**
   * Early help and family support below the child in need threshold, including family hubs and
   * children's centres.
   */
  EARLY_HELP("Early help"),
  /** The officer who manages allegations against people who work with children. */
  LADO("Local authority designated officer (LADO)"),
  /** A police force or police team. */
  POLICE("Police"),
  /** General practice: the family's GP surgery. */
  GP("GP"),
  /** Health visitors: public health nursing for children under 5. */
  HEALTH_VISITING("Health visiting"),
  /** School nurses: public health nursing for children of school age. */
  SCHOOL_NURSING("School nursing"),
  /** Maternity services and midwives, in hospital or the community, before and after birth. */
  MATERNITY_AND_MIDWIFERY("Maternity and midwifery"),
  /** Hospital care for newborn babies: a neonatal unit or special care baby unit. */
  NEONATAL("Neonatal unit"),
  /** A hospital emergency department (A&amp;E). */
  EMERGENCY_DEPARTMENT("Emergency department"),
  /** An urgent care or treatment centre, walk-in centre, minor injuries unit or NHS 111. */
  URGENT_CARE("Urgent care"),
  /**
   * Hospital children's services: paediatric wards and paediatricians, including child protection
   * medicals.
   */
  HOSPITAL_PAEDIATRICS("Hospital paediatrics"),
  /**
   * Specialist and community health services for children not listed separately: community
   * paediatrics, therapies such as speech and language therapy, specialist nursing.
   */
  SPECIALIST_HEALTH("Specialist health"),
  /**
   * Health services a document names only generally ("health", "health services") or adult health
   * services such as a parent's hospital care.
   */
  GENERAL_HEALTH("General health"),
  /** The ambulance service. */
  AMBULANCE("Ambulance service"),
  /** Mental health services for children and young people. */
  CAMHS("Child and adolescent mental health services"),
  /** Mental health services for adults, including perinatal mental health. */
  ADULT_MENTAL_HEALTH("Adult mental health"),
  /** Drug and alcohol services. */
  SUBSTANCE_MISUSE_SERVICE("Substance misuse service"),
  /**
   * Schools, colleges, nurseries, early years settings, alternative provision and the local
   * authority's education and special educational needs services.
   */
  EDUCATION_AND_EARLY_YEARS("Education and early years"),
  /** The council's housing and homelessness service. */
  HOUSING_LOCAL_AUTHORITY("Local authority housing"),
  /** A housing association, landlord or temporary accommodation provider. */
  HOUSING_PROVIDER("Housing provider"),
  /** The probation service. */
  PROBATION("Probation"),
  /** The youth justice (youth offending) service. */
  YOUTH_JUSTICE("Youth justice"),
  /** The local authority's social care for adults. */
  ADULT_SOCIAL_CARE("Adult social care"),
  /**
   * Specialist domestic abuse services, including refuges and independent domestic violence
   * advisers.
   */
  DOMESTIC_ABUSE_SERVICE("Domestic abuse service"),
  /** Charities and community organisations. */
  VOLUNTARY_SECTOR("Voluntary sector"),
  /** The Children and Family Court Advisory and Support Service. */
  CAFCASS("Cafcass"),
  /** The fire and rescue service, including home fire safety visits. */
  FIRE_AND_RESCUE("Fire and rescue"),
  /** Lawyers who advise an agency, such as the local authority's legal services. */
  LEGAL_SERVICES("Legal services"),
  /** The Crown Prosecution Service and the criminal and family courts. */
  COURTS_AND_PROSECUTION("Courts and prosecution"),
  /** An agency none of the kinds above describes; give its name as written. */
  OTHER("Other");

  private final String label;

  AgencyKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return AgencyKind_.definition(this);
  }
}
