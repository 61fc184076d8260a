package org.safeguarding.review;

/**
 * The catalogue of learning themes: stable codes with a label and a one-line definition each,
 * drawn from the Child Safeguarding Practice Review Panel's annual reports and the NSPCC's
 * "learning from case reviews" briefings.
 *
 * <p>A document refers to a theme through {@link Theme}, which also allows local themes outside
 * this catalogue.
 */
public enum LearningTheme {
  INFORMATION_SHARING("Information sharing",
      "Timely exchange between and within agencies, including across local authority borders and"
          + " about adults in the child's life."),
  RISK_ASSESSMENT("Risk assessment and decision-making",
      "Quality and updating of risk assessment and decision-making; optimistic thinking."),
  CRITICAL_THINKING_AND_CHALLENGE("Critical thinking and challenge",
      "Professional challenge, avoiding fixed views."),
  ESCALATION("Escalation", "Using escalation and the resolution of professional differences."),
  VOICE_OF_THE_CHILD("Voice of the child", "The child's lived experience and day-to-day life."),
  PROFESSIONAL_CURIOSITY("Professional curiosity", "Not taking things at face value."),
  DISGUISED_COMPLIANCE("Disguised compliance",
      "Apparent co-operation, reluctant or hostile engagement."),
  DOMESTIC_ABUSE("Domestic abuse", "The impact of domestic abuse on children."),
  PARENTAL_MENTAL_HEALTH("Parental mental health",
      "Parental mental ill-health and parenting capacity."),
  PARENTAL_SUBSTANCE_MISUSE("Parental substance misuse", "Parental drug or alcohol misuse."),
  INTERSECTING_RISKS("Intersecting risks",
      "Several parental risks together (the contested term \"toxic trio\"), kept as a derived tag."),
  FATHERS_AND_MALE_CARERS("Fathers and male carers",
      "Fathers, partners and male carers not identified or engaged (\"unseen men\")."),
  NEGLECT("Neglect", "Persistent failure to meet basic needs."),
  NON_ACCIDENTAL_INJURY_IN_INFANTS("Non-accidental injury in infants",
      "Injury and abusive head trauma in babies and young children."),
  SAFER_SLEEP("Safer sleep", "Sudden unexpected death in infancy and safer sleep."),
  EXTRA_FAMILIAL_HARM("Extra-familial harm", "Exploitation and harm outside the home."),
  CHILD_MENTAL_HEALTH("Child mental health", "Children's mental health, self-harm and suicide."),
  EDUCATION("Education", "Children not in school, absent or home educated."),
  DISABILITY("Disability", "Disabled children and children with complex health needs."),
  RACE_ETHNICITY_AND_CULTURE("Race, ethnicity and culture", "Identity, racism and culture."),
  WHOLE_FAMILY("Whole family", "Whole-family assessment and support."),
  FAMILY_HISTORY("Family history", "Using historical information, including about previous children."),
  HOUSING_AND_TEMPORARY_ACCOMMODATION("Housing and temporary accommodation",
      "Homelessness, temporary accommodation, overcrowding and housing providers' role."),
  MOVES_ACROSS_AREAS("Moves across areas",
      "Families moving between local authorities; transfer of plans."),
  UNIVERSAL_HEALTH_SERVICES("Universal health services",
      "GP registration, health visiting and children who \"were not brought\"."),
  YOUNG_PARENTS_AND_CARE_LEAVERS("Young parents and care leavers",
      "Parents who are young or care leavers."),
  SAFETY_PLANNING("Safety planning",
      "Safety and contingency planning, including at the end of a plan."),
  MULTI_AGENCY_WORKING("Multi-agency working",
      "Partnership working, meetings, who is invited and whether minutes are shared."),
  WORKFORCE("Workforce",
      "Staff changes, handovers, caseloads, and virtual or in-person contact."),
  COVID_19("COVID-19", "Effects of the pandemic.");

  private final String label;
  private final String definition;

  LearningTheme(String label, String definition) {
    this.label = label;
    this.definition = definition;
  }

  /** The stable code, as written in JSON; the same as {@link #name()}. */
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
