package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;
import org.safeguarding.review.national.Match;

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
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Information sharing")
  @Coded(list = CodeList.NSPCC_CASE_REVIEW_TOPICS, code = "Multi-agency working and information sharing", match = Match.CLOSE)
  INFORMATION_SHARING("Information sharing"),
  /** Quality and updating of risk assessment and decision-making; optimistic thinking. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Risk assessment and decision making")
  RISK_ASSESSMENT("Risk assessment and decision-making"),
  /** Professional challenge, avoiding fixed views. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Effective leadership and culture supporting critical thinking and professional challenge", match = Match.CLOSE)
  CRITICAL_THINKING_AND_CHALLENGE("Critical thinking and challenge"),
  /** Using escalation and the resolution of professional differences. */
  ESCALATION("Escalation"),
  /** The child's lived experience and day-to-day life. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Understanding what life is like for children", match = Match.CLOSE)
  VOICE_OF_THE_CHILD("Voice of the child"),
  /** Not taking things at face value. */
  PROFESSIONAL_CURIOSITY("Professional curiosity"),
  /** Apparent co-operation, reluctant or hostile engagement. */
  DISGUISED_COMPLIANCE("Disguised compliance"),
  /** The impact of domestic abuse on children. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Domestic abuse and harm to children")
  @Coded(list = CodeList.JTAI_THEMES, code = "Children living with domestic abuse")
  DOMESTIC_ABUSE("Domestic abuse"),
  /** Parental mental ill-health and parenting capacity. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Parental mental health and parenting capacity")
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Pre-school children with parents with mental health needs", match = Match.CLOSE)
  @Coded(list = CodeList.NSPCC_CASE_REVIEW_TOPICS, code = "Parents with a mental health problem")
  PARENTAL_MENTAL_HEALTH("Parental mental health"),
  /** Parental drug or alcohol misuse. */
  PARENTAL_SUBSTANCE_MISUSE("Parental substance misuse"),
  /** Several parental risks together (the contested term "toxic trio"), kept as a derived tag. */
  INTERSECTING_RISKS("Intersecting risks"),
  /** Fathers, partners and male carers not identified or engaged ("unseen men"). */
  @Coded(list = CodeList.NSPCC_CASE_REVIEW_TOPICS, code = "Unseen men")
  FATHERS_AND_MALE_CARERS("Fathers and male carers"),
  /** Persistent failure to meet basic needs. */
  @Coded(list = CodeList.JTAI_THEMES, code = "Children experiencing neglect")
  @Coded(list = CodeList.NSPCC_CASE_REVIEW_TOPICS, code = "Neglect")
  NEGLECT("Neglect"),
  /** Injury and abusive head trauma in babies and young children. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Vulnerability of babies", match = Match.CLOSE)
  @Coded(list = CodeList.NSPCC_CASE_REVIEW_TOPICS, code = "Infants", match = Match.CLOSE)
  NON_ACCIDENTAL_INJURY_IN_INFANTS("Non-accidental injury in infants"),
  /** Sudden unexpected death in infancy and safer sleep. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Vulnerability of babies", match = Match.CLOSE)
  @Coded(list = CodeList.NSPCC_CASE_REVIEW_TOPICS, code = "Infants", match = Match.CLOSE)
  SAFER_SLEEP("Safer sleep"),
  /** Exploitation and harm outside the home. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Keeping a focus on risks outside the family")
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Extrafamilial harm")
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Sexual abuse and/or exploitation", match = Match.CLOSE)
  @Coded(list = CodeList.JTAI_THEMES, code = "Child sexual exploitation and children missing from home, school or care", match = Match.CLOSE)
  @Coded(list = CodeList.JTAI_THEMES, code = "Criminal exploitation, including gangs", match = Match.CLOSE)
  EXTRA_FAMILIAL_HARM("Extra-familial harm"),
  /** Children's mental health, self-harm and suicide. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Children with complex mental health needs")
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Safeguarding children with mental health needs")
  CHILD_MENTAL_HEALTH("Child mental health"),
  /** Children not in school, absent or home educated. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Children not in school", match = Match.CLOSE)
  EDUCATION("Education"),
  /** Disabled children and children with complex health needs. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Parenting capacity and children with disabilities and health needs", match = Match.CLOSE)
  DISABILITY("Disability"),
  /** Identity, racism and culture. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Racial, ethnic and cultural identity and the lived experience")
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Working with Gypsy, Roma and Traveller communities", match = Match.CLOSE)
  RACE_ETHNICITY_AND_CULTURE("Race, ethnicity and culture"),
  /** Whole-family assessment and support. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Whole family approach to risk assessment and support")
  WHOLE_FAMILY("Whole family"),
  /** Using historical information, including about previous children. */
  FAMILY_HISTORY("Family history"),
  /** Homelessness, temporary accommodation, overcrowding and housing providers' role. */
  @Coded(list = CodeList.NSPCC_CASE_REVIEW_TOPICS, code = "Housing")
  HOUSING_AND_TEMPORARY_ACCOMMODATION("Housing and temporary accommodation"),
  /** Families moving between local authorities; transfer of plans. */
  MOVES_ACROSS_AREAS("Moves across areas"),
  /** GP registration, health visiting and children who "were not brought". */
  UNIVERSAL_HEALTH_SERVICES("Universal health services"),
  /** Parents who are young or care leavers. */
  YOUNG_PARENTS_AND_CARE_LEAVERS("Young parents and care leavers"),
  /** Safety and contingency planning, including at the end of a plan. */
  SAFETY_PLANNING("Safety planning"),
  /**
   * Multi-agency planning for a child: developing, reviewing and ending the child's plan, and
   * whether its actions were carried out.
   */
  PLANNING("Planning and the child's plan"),
  /**
   * Thresholds for help and intervention: how they were applied, and children left in harmful
   * situations until a threshold was reached.
   */
  THRESHOLDS("Thresholds"),
  /** Recording, case records and chronologies: their quality, completeness and use. */
  RECORDING_AND_CHRONOLOGIES("Recording and chronologies"),
  /** Partnership working, meetings, who is invited and whether minutes are shared. */
  @Coded(list = CodeList.NSPCC_CASE_REVIEW_TOPICS, code = "Multi-agency working and information sharing")
  MULTI_AGENCY_WORKING("Multi-agency working"),
  /** Staff changes, handovers, caseloads, and virtual or in-person contact. */
  WORKFORCE("Workforce"),
  /**
   * How leaders and an organisation's culture shape practice: supervision, support for challenge,
   * priorities.
   */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Effective leadership and culture supporting critical thinking and professional challenge", match = Match.CLOSE)
  LEADERSHIP_AND_CULTURE("Leadership and culture"),
  /** Children who care for a parent or sibling, and whether their caring was seen and supported. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Young carers")
  YOUNG_CARERS("Young carers"),
  /** Children missing from home, school or care, and the response to their going missing. */
  @Coded(list = CodeList.JTAI_THEMES, code = "Child sexual exploitation and children missing from home, school or care", match = Match.CLOSE)
  MISSING_CHILDREN("Children going missing"),
  /**
   * Sexual abuse of children within the family environment, and how it was or was not recognised.
   */
  @Coded(list = CodeList.JTAI_THEMES, code = "Child sexual abuse in the family environment")
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "Sexual abuse and/or exploitation", match = Match.CLOSE)
  CHILD_SEXUAL_ABUSE_IN_THE_FAMILY("Child sexual abuse in the family"),
  /**
   * Harm to children online or through devices: grooming and exploitation by adults online,
   * cyberbullying, sharing of sexual images, harmful content, and how far practitioners and parents
   * knew of a child's online life.
   */
  ONLINE_HARM("Online harm"),
  /**
   * A pregnancy concealed or denied by the mother, or not known to services until late or at the
   * birth, and the risks to the baby.
   */
  CONCEALED_PREGNANCY("Concealed or denied pregnancy"),
  /**
   * Adverse childhood experiences and trauma, a child's own or a parent's or carer's from their
   * own childhood: their effect on a child's vulnerability and on a parent's care, and
   * trauma-informed practice; using records of a family's past is {@code FAMILY_HISTORY}.
   */
  ADVERSE_CHILDHOOD_EXPERIENCES("Adverse childhood experiences and trauma"),
  /**
   * Children in care or in residential settings: looked-after children, children's homes,
   * residential special schools and placements far from home, and the oversight of their care.
   */
  CHILDREN_IN_CARE("Children in care and residential settings"),
  /** Effects of the pandemic. */
  @Coded(list = CodeList.PANEL_ANNUAL_REPORT_THEMES, code = "COVID-19 impact")
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
