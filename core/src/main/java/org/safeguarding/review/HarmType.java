package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;
import org.safeguarding.review.national.Match;

/** The kind of harm in an incident. */
public enum HarmType implements DefinedValue {
  /** Physical injury inflicted on a child (other than abusive head trauma). */
  @Coded(list = CodeList.CIN_CATEGORY_OF_ABUSE, code = "PHY", match = Match.CLOSE)
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "18B", match = Match.CLOSE, when = "harmed by another child")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "18C", match = Match.CLOSE, when = "harmed by an adult")
  NON_ACCIDENTAL_INJURY("Non-accidental injury"),
  /** Inflicted head injury in a baby or young child, including shaking. */
  @Coded(list = CodeList.CIN_CATEGORY_OF_ABUSE, code = "PHY", match = Match.CLOSE)
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "18C", match = Match.CLOSE, when = "harmed by an adult")
  ABUSIVE_HEAD_TRAUMA("Abusive head trauma"),
  /**
   * The sudden, unexpected death of a baby, often while sleeping, including a sudden, unexpected
   * collapse that led to the baby's death later.
   */
  SUDDEN_UNEXPECTED_DEATH_IN_INFANCY("Sudden unexpected death in infancy"),
  /** Persistent failure to meet a child's basic needs, including gross negligence. */
  @Coded(list = CodeList.CIN_CATEGORY_OF_ABUSE, code = "NEG")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "16A")
  NEGLECT("Neglect"),
  /** A child took their own life. */
  SUICIDE("Suicide"),
  /** A child harmed themselves, short of taking their own life. */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "15A")
  SELF_HARM("Self-harm"),
  /**
   * Harm outside the home that no other value names: harm by peers other than serious youth
   * violence, or exploitation of a kind the document does not say (sexual and criminal exploitation
   * and trafficking have values of their own).
   */
  EXTRA_FAMILIAL_HARM("Exploitation or extra-familial harm"),
  /**
   * Violence between young people, such as a stabbing, whether the child was victim or perpetrator.
   */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "13A", match = Match.CLOSE, when = "gang-related")
  SERIOUS_YOUTH_VIOLENCE("Serious youth violence"),
  /** Sexual abuse of a child, within or outside the family. */
  @Coded(list = CodeList.CIN_CATEGORY_OF_ABUSE, code = "SAB")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "19B", when = "harmed by another child")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "19C", when = "harmed by an adult")
  SEXUAL_ABUSE("Sexual abuse"),
  /**
   * Persistent emotional maltreatment of a child, severe enough to harm their emotional
   * development.
   */
  @Coded(list = CodeList.CIN_CATEGORY_OF_ABUSE, code = "EMO")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "17A")
  EMOTIONAL_ABUSE("Emotional abuse"),
  /**
   * A child coerced, manipulated or deceived into sexual activity in exchange for something they
   * want or need, or for the gain of the abuser.
   */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "11A")
  CHILD_SEXUAL_EXPLOITATION("Child sexual exploitation"),
  /**
   * A child coerced, manipulated or deceived into criminal activity, such as county lines drug
   * dealing.
   */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "24A")
  CHILD_CRIMINAL_EXPLOITATION("Child criminal exploitation"),
  /** A child moved, harboured or received for exploitation, including modern slavery. */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "12A")
  TRAFFICKING("Trafficking"),
  /** Female genital mutilation, done or planned. */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "22A")
  FEMALE_GENITAL_MUTILATION("Female genital mutilation"),
  /** Abuse linked to faith or belief, such as an accusation of witchcraft or spirit possession. */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "23A")
  ABUSE_LINKED_TO_FAITH_OR_BELIEF("Abuse linked to faith or belief"),
  /**
   * Harm caused by people working with children in their role, such as an intrusive search,
   * restraint or abuse by staff.
   */
  HARM_BY_PROFESSIONALS("Harm by people working with children"),
  /**
   * A child deliberately given drugs, alcohol or another harmful substance (such as methadone), or
   * poisoned; an injury inflicted another way is NON_ACCIDENTAL_INJURY, and a child who swallowed
   * something by accident is ACCIDENT. Working Together names poisoning as physical abuse.
   */
  @Coded(list = CodeList.CIN_CATEGORY_OF_ABUSE, code = "PHY", match = Match.CLOSE)
  POISONING("Poisoning or giving harmful substances"),
  /**
   * A death or harm from an overdose of, or toxicity from, drugs, alcohol or another substance the
   * child took ("died of a drugs overdose"), where the document says neither that anyone gave it
   * deliberately (POISONING), nor that the child took it to harm themselves (SELF_HARM, SUICIDE),
   * nor that a young child swallowed it by accident (ACCIDENT); where it says one of those, that value
   * stands beside it. It is not abuse, so it has no census code.
   */
  SUBSTANCE_TOXICITY("Drug or substance overdose or toxicity"),
  /**
   * Bullying of a child by other children or young people, repeated and meant to hurt, including
   * cyberbullying through phones, games or social media (the place's setting ONLINE says it was
   * online); bullying by an adult who also abused the child is that abuse's value.
   */
  BULLYING("Bullying, including cyberbullying"),
  /**
   * Grooming: someone, usually an adult, building a child's trust or dependence in order to abuse or
   * exploit them, online or in person, whether or not abuse followed. Adults targeting a child online
   * is GROOMING with harmedBy ADULT and the place's setting ONLINE; abuse or exploitation that followed
   * has its own value beside it.
   */
  GROOMING("Grooming"),
  /**
   * A person killed by another: the murder, manslaughter or killing of a child, or of a family member
   * such as a mother killed by her partner (named in the incident's familyMembersHarmed). How it was
   * done may have its own value beside it (NON_ACCIDENTAL_INJURY, ABUSIVE_HEAD_TRAUMA). The census
   * codes abuse of a living child, not a killing, so it has no census code.
   */
  HOMICIDE("Homicide or killing"),
  /** A death or injury the document calls accidental, such as a fall, drowning or road accident. */
  ACCIDENT("Accident"),
  /** Harm of a kind not listed; the incident's summary says what. */
  OTHER("Other"),
  /**
   * Abuse whose kind the document does not say ("abuse and neglect" with no kind of abuse named);
   * the words stay in {@code abuseOrNeglectAsWritten}. The census's categories of abuse each name a
   * kind, and "multiple" is not an unknown kind, so it has no code.
   */
  ABUSE_UNSPECIFIED("Abuse, kind not said");

  private final String label;

  HarmType(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return HarmType_.definition(this);
  }
}
