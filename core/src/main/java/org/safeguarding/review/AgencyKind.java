package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;
import org.safeguarding.review.national.Match;

/**
 * The catalogue of agencies that work with children and families; the agency's own name is kept
 * beside the kind.
 */
public enum AgencyKind implements DefinedValue {
  /**
   * The local authority's children's social work service, or a children's trust running it, when no
   * more specific kind fits.
   */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "5A", match = Match.CLOSE)
  CHILDRENS_SOCIAL_CARE("Children's social care"),
  /**
   * The single point of contact for concerns about children: front door, multi-agency safeguarding
   * hub, duty and assessment.
   */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "5A", match = Match.CLOSE)
  FRONT_DOOR_MASH("Front door / MASH"),
  /** The emergency duty or out-of-hours social care service. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "5A", match = Match.CLOSE)
  OUT_OF_HOURS_SOCIAL_CARE("Out-of-hours social care"),
  /**
   * Early help and family support below the child in need threshold, including family hubs and
   * children's centres.
   */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "5D")
  EARLY_HELP("Early help"),
  /** The officer who manages allegations against people who work with children. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "5B", match = Match.CLOSE)
  LADO("Local authority designated officer (LADO)"),
  /** A police force or police team. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "6")
  POLICE("Police"),
  /** General practice: the family's GP surgery. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3A")
  GP("GP"),
  /** Health visitors: public health nursing for children under 5. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3B")
  HEALTH_VISITING("Health visiting"),
  /** School nurses: public health nursing for children of school age. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3C")
  SCHOOL_NURSING("School nursing"),
  /** Maternity services and midwives, in hospital or the community, before and after birth. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3F", match = Match.CLOSE)
  MATERNITY_AND_MIDWIFERY("Maternity and midwifery"),
  /** Hospital care for newborn babies: a neonatal unit or special care baby unit. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3F", match = Match.CLOSE)
  NEONATAL("Neonatal unit"),
  /** A hospital emergency department (A&amp;E). */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3E")
  EMERGENCY_DEPARTMENT("Emergency department"),
  /** An urgent care or treatment centre, walk-in centre, minor injuries unit or NHS 111. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3D", match = Match.CLOSE)
  URGENT_CARE("Urgent care"),
  /**
   * Hospital children's services: paediatric wards and paediatricians, including child protection
   * medicals.
   */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3F", match = Match.CLOSE)
  HOSPITAL_PAEDIATRICS("Hospital paediatrics"),
  /**
   * Specialist and community health services for children not listed separately: community
   * paediatrics, therapies such as speech and language therapy, specialist nursing.
   */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3F", match = Match.CLOSE)
  SPECIALIST_HEALTH("Specialist health"),
  /**
   * Health services a document names only generally ("health", "health services") or adult health
   * services such as a parent's hospital care.
   */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3D", match = Match.CLOSE)
  GENERAL_HEALTH("General health"),
  /** The ambulance service. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3F", match = Match.CLOSE)
  AMBULANCE("Ambulance service"),
  /** Mental health services for children and young people. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3F", match = Match.CLOSE)
  CAMHS("Child and adolescent mental health services"),
  /** Mental health services for adults, including perinatal mental health. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3F", match = Match.CLOSE)
  ADULT_MENTAL_HEALTH("Adult mental health"),
  /** Drug and alcohol services. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "3F", match = Match.CLOSE)
  SUBSTANCE_MISUSE_SERVICE("Substance misuse service"),
  /**
   * Schools, colleges, nurseries, early years settings, alternative provision and the local
   * authority's education and special educational needs services.
   */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "2A", match = Match.CLOSE, when = "a school")
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "2B", match = Match.CLOSE, when = "another education service")
  EDUCATION_AND_EARLY_YEARS("Education and early years"),
  /** The council's housing and homelessness service. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "4", match = Match.CLOSE)
  HOUSING_LOCAL_AUTHORITY("Local authority housing"),
  /** A housing association, landlord or temporary accommodation provider. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "4", match = Match.CLOSE)
  HOUSING_PROVIDER("Housing provider"),
  /** The probation service. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "7", match = Match.CLOSE)
  PROBATION("Probation"),
  /** The youth justice (youth offending) service. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "5B", match = Match.CLOSE)
  YOUTH_JUSTICE("Youth justice"),
  /** The local authority's social care for adults. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "5A", match = Match.CLOSE)
  ADULT_SOCIAL_CARE("Adult social care"),
  /**
   * Specialist domestic abuse services, including refuges and independent domestic violence
   * advisers.
   */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "8", match = Match.CLOSE)
  DOMESTIC_ABUSE_SERVICE("Domestic abuse service"),
  /** Charities and community organisations. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "8", match = Match.CLOSE)
  VOLUNTARY_SECTOR("Voluntary sector"),
  /** The Children and Family Court Advisory and Support Service. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "7", match = Match.CLOSE)
  CAFCASS("Cafcass"),
  /** The fire and rescue service, including home fire safety visits. */
  FIRE_AND_RESCUE("Fire and rescue"),
  /** Lawyers who advise an agency, such as the local authority's legal services. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "7", match = Match.CLOSE)
  LEGAL_SERVICES("Legal services"),
  /** The Crown Prosecution Service and the criminal and family courts. */
  @Coded(list = CodeList.CIN_REFERRAL_SOURCE, code = "7", match = Match.CLOSE)
  COURTS_AND_PROSECUTION("Courts and prosecution"),
  /**
   * A provider of residential care for children: a children's home or its operator, a residential
   * special school's care, a secure children's home; its sector says whether private, voluntary
   * or public.
   */
  RESIDENTIAL_CARE_PROVIDER("Residential care provider"),
  /**
   * Universal services named as a group, those open to every child and family ("universal
   * services": GPs, health visiting, schools, early years), when the document names no single one.
   */
  UNIVERSAL_SERVICES("Universal services"),
  /**
   * Statutory services named as a group, those with a legal duty towards children ("statutory
   * services", "statutory agencies"), when the document names no single one.
   */
  STATUTORY_SERVICES("Statutory services"),
  /**
   * All agencies, or staff across agencies, named as a whole ("all agencies", "children's service
   * staff across agencies", "the children's workforce"), when the document names no single one.
   */
  ALL_AGENCIES("All agencies"),
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
