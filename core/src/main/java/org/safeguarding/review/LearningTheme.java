package org.safeguarding.review;

/**
 * The catalogue of learning themes: stable codes with a label and a one-line definition each,
 * drawn from the Child Safeguarding Practice Review Panel's annual reports and the NSPCC's
 * "learning from case reviews" briefings.
 *
 * <p>A document refers to a theme through {@link Theme}, which also allows local themes outside
 * this catalogue.
 */
public enum LearningTheme implements DefinedValue {
  /**
   * Timely exchange between and within agencies, including across local authority borders and about
   * adults in the child's life.
   */
  INFORMATION_SHARING("Information sharing"),
  /** Quality and updating of risk assessment and decision-making; optimistic thinking. */
  RISK_ASSESSMENT("Risk assessment and decision-making"),
  /** Professional challenge, avoiding fixed views. */
  CRITICAL_THINKING_AND_CHALLENGE("Critical thinking and challenge"),
  /** Using escalation and the resolution of professional differences. */
  ESCALATION("Escalation"),
  /** The child's lived experience and day-to-day life. */
  VOICE_OF_THE_CHILD("Voice of the child"),
  /** Not taking things at face value. */
  PROFESSIONAL_CURIOSITY("Professional curiosity"),
  /** Apparent co-operation, reluctant or hostile engagement. */
  DISGUISED_COMPLIANCE("Disguised compliance"),
  /** The impact of domestic abuse on children. */
  DOMESTIC_ABUSE("Domestic abuse"),
  /** Parental mental ill-health and parenting capacity. */
  PARENTAL_MENTAL_HEALTH("Parental mental health"),
  /** Parental drug or alcohol misuse. */
  PARENTAL_SUBSTANCE_MISUSE("Parental substance misuse"),
  /** Several parental risks together (the contested term "toxic trio"), kept as a derived tag. */
  INTERSECTING_RISKS("Intersecting risks"),
  /** Fathers, partners and male carers not identified or engaged ("unseen men"). */
  FATHERS_AND_MALE_CARERS("Fathers and male carers"),
  /** Persistent failure to meet basic needs. */
  NEGLECT("Neglect"),
  /** Injury and abusive head trauma in babies and young children. */
  NON_ACCIDENTAL_INJURY_IN_INFANTS("Non-accidental injury in infants"),
  /** Sudden unexpected death in infancy and safer sleep. */
  SAFER_SLEEP("Safer sleep"),
  /** Exploitation and harm outside the home. */
  EXTRA_FAMILIAL_HARM("Extra-familial harm"),
  /** Children's mental health, self-harm and suicide. */
  CHILD_MENTAL_HEALTH("Child mental health"),
  /** Children not in school, absent or home educated. */
  EDUCATION("Education"),
  /** Disabled children and children with complex health needs. */
  DISABILITY("Disability"),
  /** Identity, racism and culture. */
  RACE_ETHNICITY_AND_CULTURE("Race, ethnicity and culture"),
  /** Whole-family assessment and support. */
  WHOLE_FAMILY("Whole family"),
  /** Using historical information, including about previous children. */
  FAMILY_HISTORY("Family history"),
  /** Homelessness, temporary accommodation, overcrowding and housing providers' role. */
  HOUSING_AND_TEMPORARY_ACCOMMODATION("Housing and temporary accommodation"),
  /** Families moving between local authorities; transfer of plans. */
  MOVES_ACROSS_AREAS("Moves across areas"),
  /** GP registration, health visiting and children who "were not brought". */
  UNIVERSAL_HEALTH_SERVICES("Universal health services"),
  /** Parents who are young or care leavers. */
  YOUNG_PARENTS_AND_CARE_LEAVERS("Young parents and care leavers"),
  /** Safety and contingency planning, including at the end of a plan. */
  SAFETY_PLANNING("Safety planning"),
  /** Partnership working, meetings, who is invited and whether minutes are shared. */
  MULTI_AGENCY_WORKING("Multi-agency working"),
  /** Staff changes, handovers, caseloads, and virtual or in-person contact. */
  WORKFORCE("Workforce"),
  /** Effects of the pandemic. */
  COVID_19("COVID-19");

  private final String label;

  LearningTheme(String label) {
    this.label = label;
  }

  /** {@return the stable code, as written in JSON; the same as {@link #name()}} */
  public String getCode() {
    return name();
  }

  /** A short label for people, such as "Safer sleep". */
  public String getLabel() {
    return label;
  }

  /** A one-line definition of what the theme covers. */
  public String getDefinition() {
    return LearningTheme_.definition(this);
  }
}
