package org.safeguarding.review;

/** What followed an incident for the people involved. */
public enum ConsequenceKind implements DefinedValue {
  /** A person was arrested. */
  ARREST("Arrest"),
  /** A person was charged with an offence. */
  CHARGE("Charge"),
  /** A person was convicted. */
  CONVICTION("Conviction"),
  /** A person was found not guilty, or the case against them was dismissed. */
  ACQUITTAL("Acquittal"),
  /** Police or prosecutors decided to take no further action against a person. */
  NO_FURTHER_ACTION("No further action"),
  /** A child was examined by a paediatrician for signs of abuse (a child protection medical). */
  CHILD_PROTECTION_MEDICAL("Child protection medical"),
  /** A referral to children's social care or another service followed. */
  REFERRAL("Referral"),
  /**
   * An inquest was opened or concluded; detail gives the coroner's conclusion, such as "cause of
   * death unascertained".
   */
  INQUEST("Inquest"),
  /** A child was taken to or admitted to hospital. */
  HOSPITAL_ADMISSION("Hospital admission"),
  /** A child was resuscitated, by a parent, paramedics or at hospital. */
  RESUSCITATION("Resuscitation"),
  /** A child had surgery (an operation) for the harm or condition. */
  SURGERY("Surgery"),
  /**
   * Agencies held a strategy discussion (or meeting) about whether to start a section 47 enquiry.
   */
  STRATEGY_DISCUSSION("Strategy discussion"),
  /** A police, social care or multi-agency investigation began, including a section 47 enquiry. */
  INVESTIGATION("Investigation"),
  /** The local authority started care proceedings in the family court. */
  CARE_PROCEEDINGS("Care proceedings"),
  /**
   * A family court made findings of fact (who harmed the child and how); detail gives what it
   * found, as written, and agency the court.
   */
  FINDING_OF_FACT("Finding of fact"),
  /** A child was removed from home and became looked after. */
  TAKEN_INTO_CARE("Taken into care"),
  /**
   * The harm's lasting effect on those harmed, as the document states it, such as "a longstanding
   * impact on all the victims"; detail gives the words, people whom it concerns.
   */
  ONGOING_IMPACT("Lasting impact"),
  /**
   * Support for those harmed that continues after the review, such as "professionals are still
   * working to support the victims"; agency gives who supports them where named.
   */
  ONGOING_SUPPORT("Continuing support"),
  /** Something else followed; detail says what. */
  OTHER("Other");

  private final String label;

  ConsequenceKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return ConsequenceKind_.definition(this);
  }
}
