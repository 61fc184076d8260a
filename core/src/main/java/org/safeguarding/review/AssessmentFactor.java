package org.safeguarding.review;

import java.util.List;
import java.util.Optional;
import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;
import org.safeguarding.review.national.NationalCode;
import org.safeguarding.review.national.NationalCodes;

/**
 * A risk factor as the children in need census codes it among the factors identified at the end of
 * an assessment: one value for each factor, the census's holder suffix (A the child, B a parent or
 * carer, C another person in the household) following from who holds it.
 */
public enum AssessmentFactor implements DefinedValue {
  /** Alcohol misuse (census 1A, 1B or 1C by who misuses it). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "1A", when = "held by the child")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "1B", when = "held by the child's parent or carer")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "1C", when = "held by another person living in the child's household")
  ALCOHOL_MISUSE("Alcohol misuse"),
  /**
   * Drinking alcohol that the document does not call misuse ("had been drinking"), such as a carer's
   * drinking before an infant's death; the census has no code for it.
   */
  ALCOHOL_USE("Alcohol use, not said to be misuse"),
  /** Drug misuse (census 2A, 2B or 2C). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "2A", when = "held by the child")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "2B", when = "held by the child's parent or carer")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "2C", when = "held by another person living in the child's household")
  DRUG_MISUSE("Drug misuse"),
  /**
   * Taking drugs that the document does not call misuse ("parental drug use"); the census has no
   * code for it.
   */
  DRUG_USE("Drug use, not said to be misuse"),
  /**
   * Domestic abuse, held by the person who experienced it (census 3A, 3B or 3C); a person who
   * caused it holds it too, with perpetrated, which the census does not code.
   */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "3A", when = "experienced by the child")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "3B", when = "experienced by the child's parent or carer")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "3C", when = "experienced by another person living in the child's household")
  DOMESTIC_ABUSE("Domestic abuse"),
  /** Concerns about mental health (census 4A, 4B or 4C). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "4A", when = "held by the child")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "4B", when = "held by the child's parent or carer")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "4C", when = "held by another person living in the child's household")
  MENTAL_HEALTH("Mental health"),
  /** A learning disability (census 5A, 5B or 5C). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "5A", when = "held by the child")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "5B", when = "held by the child's parent or carer")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "5C", when = "held by another person living in the child's household")
  LEARNING_DISABILITY("Learning disability"),
  /** A physical disability or illness (census 6A, 6B or 6C). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "6A", when = "held by the child")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "6B", when = "held by the child's parent or carer")
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "6C", when = "held by another person living in the child's household")
  PHYSICAL_DISABILITY_OR_ILLNESS("Physical disability or illness"),
  /** The child's caring responsibilities may impair their health or development (census 7A). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "7A", when = "held by the child")
  YOUNG_CARER("Young carer"),
  /** A privately fostered child from overseas who intends to return (census 8B). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "8B", when = "held by the child")
  PRIVATELY_FOSTERED_OVERSEAS_RETURNING("Privately fostered: overseas, intends to return"),
  /** A privately fostered child from overseas who intends to stay (census 8C). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "8C", when = "held by the child")
  PRIVATELY_FOSTERED_OVERSEAS_STAYING("Privately fostered: overseas, intends to stay"),
  /** A privately fostered child from the UK in an educational placement (census 8D). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "8D", when = "held by the child")
  PRIVATELY_FOSTERED_EDUCATIONAL_PLACEMENT("Privately fostered: educational placement"),
  /**
   * A privately fostered child from the UK living in an alternative family arrangement (census 8E).
   */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "8E", when = "held by the child")
  PRIVATELY_FOSTERED_FAMILY_ARRANGEMENT("Privately fostered: family arrangement"),
  /** A privately fostered child in another arrangement (census 8F). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "8F", when = "held by the child")
  PRIVATELY_FOSTERED_OTHER("Privately fostered: other"),
  /** The child is an unaccompanied asylum-seeking child (census 9A). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "9A", when = "held by the child")
  UNACCOMPANIED_ASYLUM_SEEKING_CHILD("Unaccompanied asylum-seeking child"),
  /** The child goes or has gone missing (census 10A). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "10A", when = "held by the child")
  MISSING("Going missing"),
  /** Child sexual exploitation (census 11A). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "11A", when = "held by the child")
  CHILD_SEXUAL_EXPLOITATION("Child sexual exploitation"),
  /** Trafficking or modern slavery of the child (census 12A). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "12A", when = "held by the child")
  TRAFFICKING("Trafficking"),
  /** Involvement in or with gangs (census 13A). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "13A", when = "held by the child")
  GANGS("Gangs"),
  /** The child's socially unacceptable behaviour (census 14A). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "14A", when = "held by the child")
  SOCIALLY_UNACCEPTABLE_BEHAVIOUR("Socially unacceptable behaviour"),
  /** Suspected or actual self-harm by the child (census 15A). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "15A", when = "held by the child")
  SELF_HARM("Self-harm"),
  /** Abuse or neglect: neglect (census 16A). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "16A", when = "held by the child")
  NEGLECT("Neglect"),
  /** Abuse or neglect: emotional abuse (census 17A). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "17A", when = "held by the child")
  EMOTIONAL_ABUSE("Emotional abuse"),
  /**
   * Physical abuse where the document does not say whether by a child or an adult (census 18A, no
   * longer to be used: validation warns).
   */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "18A", when = "held by the child")
  PHYSICAL_ABUSE("Physical abuse, by whom not said"),
  /** Physical abuse of the child by another child (census 18B). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "18B", when = "held by the child")
  PHYSICAL_ABUSE_BY_A_CHILD("Physical abuse by another child"),
  /** Physical abuse of the child by an adult (census 18C). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "18C", when = "held by the child")
  PHYSICAL_ABUSE_BY_AN_ADULT("Physical abuse by an adult"),
  /**
   * Sexual abuse where the document does not say whether by a child or an adult (census 19A, no
   * longer to be used: validation warns).
   */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "19A", when = "held by the child")
  SEXUAL_ABUSE("Sexual abuse, by whom not said"),
  /** Sexual abuse of the child by another child (census 19B). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "19B", when = "held by the child")
  SEXUAL_ABUSE_BY_A_CHILD("Sexual abuse by another child"),
  /** Sexual abuse of the child by an adult (census 19C). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "19C", when = "held by the child")
  SEXUAL_ABUSE_BY_AN_ADULT("Sexual abuse by an adult"),
  /** Female genital mutilation (census 22A). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "22A", when = "held by the child")
  FEMALE_GENITAL_MUTILATION("Female genital mutilation"),
  /** Abuse linked to faith or belief (census 23A). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "23A", when = "held by the child")
  ABUSE_LINKED_TO_FAITH_OR_BELIEF("Abuse linked to faith or belief"),
  /** Child criminal exploitation, such as county lines (census 24A). */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "24A", when = "held by the child")
  CHILD_CRIMINAL_EXPLOITATION("Child criminal exploitation"),
  /**
   * A threat to the child's life, reported, made or assessed, such as a threat from others in
   * exploitation or a police threat-to-life warning; the census has no code for it.
   */
  THREAT_TO_LIFE("Threat to life"),
  /**
   * Being bullied, or bullying others (with perpetrated true), including cyberbullying; the census
   * has no code for it.
   */
  BULLYING("Bullying, including cyberbullying"),
  /**
   * Being groomed or targeted by adults, online or in person, such as contact from adults through
   * social media or games; the census has no code for it, and sexual or criminal exploitation that
   * followed has its own value.
   */
  GROOMING("Grooming or targeting by adults, including online"),
  /** A factor the census lists as other (census 20); the detail says what. */
  @Coded(list = CodeList.CIN_ASSESSMENT_FACTORS, code = "20", when = "held by anyone")
  OTHER("Other");

  private final String label;

  AssessmentFactor(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return AssessmentFactor_.definition(this);
  }

  /**
   * {@return the census code for this factor held by someone, or empty when the census has none:
   * a factor only a child can hold, held by an adult; any factor held by a person outside the
   * child's household who is not a parent or carer}
   *
   * @param holder who holds the factor
   */
  public Optional<NationalCode> cinCode(FactorHolder holder) {
    List<NationalCode> codes = NationalCodes.of(this, CodeList.CIN_ASSESSMENT_FACTORS);
    if (codes.size() > 1) {
      return holder.getSuffix().flatMap(suffix -> codes.stream().filter(code -> code.code().endsWith(suffix)).findFirst());
    }
    return this == OTHER || holder == FactorHolder.CHILD ? codes.stream().findFirst() : Optional.empty();
  }

  /** {@return true for a factor the census codes only for the child (7A to 24A)} */
  public boolean isChildOnly() {
    return this != OTHER && NationalCodes.of(this, CodeList.CIN_ASSESSMENT_FACTORS).size() == 1;
  }
}
