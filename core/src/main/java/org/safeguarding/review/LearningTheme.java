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
  INFORMATION_SHARING("Information sharing",
      "Timely exchange between and within agencies, including across local authority borders and"
          + " about adults in the child's life."),
  /** Quality and updating of risk assessment and decision-making; optimistic thinking. */
  RISK_ASSESSMENT("Risk assessment and decision-making",
      "Quality and updating of risk assessment and decision-making; optimistic thinking."),
  /** Professional challenge, avoiding fixed views. */
  CRITICAL_THINKING_AND_CHALLENGE("Critical thinking and challenge",
      "Professional challenge, avoiding fixed views."),
  /** Using escalation and the resolution of professional differences. */
  ESCALATION("Escalation", "Using escalation and the resolution of professional differences."),
  /** The child's lived experience and day-to-day life. */
  VOICE_OF_THE_CHILD("Voice of the child", "The child's lived experience and day-to-day life."),
  /** Not taking things at face value. */
  PROFESSIONAL_CURIOSITY("Professional curiosity", "Not taking things at face value."),
  /** Apparent co-operation, reluctant or hostile engagement. */
  DISGUISED_COMPLIANCE("Disguised compliance",
      "Apparent co-operation, reluctant or hostile engagement."),
  /** The impact of domestic abuse on children. */
  DOMESTIC_ABUSE("Domestic abuse", "The impact of domestic abuse on children."),
  /** Parental mental ill-health and parenting capacity. */
  PARENTAL_MENTAL_HEALTH("Parental mental health",
      "Parental mental ill-health and parenting capacity."),
  /** Parental drug or alcohol misuse. */
  PARENTAL_SUBSTANCE_MISUSE("Parental substance misuse", "Parental drug or alcohol misuse."),
  /** Several parental risks together (the contested term "toxic trio"), kept as a derived tag. */
  INTERSECTING_RISKS("Intersecting risks",
      "Several parental risks together (the contested term \"toxic trio\"), kept as a derived tag."),
  /** Fathers, partners and male carers not identified or engaged ("unseen men"). */
  FATHERS_AND_MALE_CARERS("Fathers and male carers",
      "Fathers, partners and male carers not identified or engaged (\"unseen men\")."),
  /** Persistent failure to meet basic needs. */
  NEGLECT("Neglect", "Persistent failure to meet basic needs."),
  /** Injury and abusive head trauma in babies and young children. */
  NON_ACCIDENTAL_INJURY_IN_INFANTS("Non-accidental injury in infants",
      "Injury and abusive head trauma in babies and young children."),
  /** Sudden unexpected death in infancy and safer sleep. */
  SAFER_SLEEP("Safer sleep", "Sudden unexpected death in infancy and safer sleep."),
  /** Exploitation and harm outside the home. */
  EXTRA_FAMILIAL_HARM("Extra-familial harm", "Exploitation and harm outside the home."),
  /** Children's mental health, self-harm and suicide. */
  CHILD_MENTAL_HEALTH("Child mental health", "Children's mental health, self-harm and suicide."),
  /** Children not in school, absent or home educated. */
  EDUCATION("Education", "Children not in school, absent or home educated."),
  /** Disabled children and children with complex health needs. */
  DISABILITY("Disability", "Disabled children and children with complex health needs."),
  /** Identity, racism and culture. */
  RACE_ETHNICITY_AND_CULTURE("Race, ethnicity and culture", "Identity, racism and culture."),
  /** Whole-family assessment and support. */
  WHOLE_FAMILY("Whole family", "Whole-family assessment and support."),
  /** Using historical information, including about previous children. */
  FAMILY_HISTORY("Family history", "Using historical information, including about previous children."),
  /** Homelessness, temporary accommodation, overcrowding and housing providers' role. */
  HOUSING_AND_TEMPORARY_ACCOMMODATION("Housing and temporary accommodation",
      "Homelessness, temporary accommodation, overcrowding and housing providers' role."),
  /** Families moving between local authorities; transfer of plans. */
  MOVES_ACROSS_AREAS("Moves across areas",
      "Families moving between local authorities; transfer of plans."),
  /** GP registration, health visiting and children who "were not brought". */
  UNIVERSAL_HEALTH_SERVICES("Universal health services",
      "GP registration, health visiting and children who \"were not brought\"."),
  /** Parents who are young or care leavers. */
  YOUNG_PARENTS_AND_CARE_LEAVERS("Young parents and care leavers",
      "Parents who are young or care leavers."),
  /** Safety and contingency planning, including at the end of a plan. */
  SAFETY_PLANNING("Safety planning",
      "Safety and contingency planning, including at the end of a plan."),
  /** Partnership working, meetings, who is invited and whether minutes are shared. */
  MULTI_AGENCY_WORKING("Multi-agency working",
      "Partnership working, meetings, who is invited and whether minutes are shared."),
  /** Staff changes, handovers, caseloads, and virtual or in-person contact. */
  WORKFORCE("Workforce",
      "Staff changes, handovers, caseloads, and virtual or in-person contact."),
  /** Effects of the pandemic. */
  COVID_19("COVID-19", "Effects of the pandemic.");

  private final String label;
  private final String definition;

  LearningTheme(String label, String definition) {
    this.label = label;
    this.definition = definition;
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
    return definition;
  }
}
