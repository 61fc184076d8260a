package org.safeguarding.review;

/** What followed an incident for the people involved. */
public enum ConsequenceKind implements DefinedValue {
  /** A person was arrested. */
  ARREST(
      "Arrest",
      "A person was arrested."),
  /** A person was charged with an offence. */
  CHARGE(
      "Charge",
      "A person was charged with an offence."),
  /** A person was convicted. */
  CONVICTION(
      "Conviction",
      "A person was convicted."),
  /** A person was found not guilty, or the case against them was dismissed. */
  ACQUITTAL(
      "Acquittal",
      "A person was found not guilty, or the case against them was dismissed."),
  /** Police or prosecutors decided to take no further action against a person. */
  NO_FURTHER_ACTION(
      "No further action",
      "Police or prosecutors decided to take no further action against a person."),
  /** A child was taken to or admitted to hospital. */
  HOSPITAL_ADMISSION(
      "Hospital admission",
      "A child was taken to or admitted to hospital."),
  /**
   * Agencies held a strategy discussion (or meeting) about whether to start a section 47 enquiry.
   */
  STRATEGY_DISCUSSION(
      "Strategy discussion",
      "Agencies held a strategy discussion (or meeting) about whether to start a section 47 enquiry."),
  /** A police, social care or multi-agency investigation began, including a section 47 enquiry. */
  INVESTIGATION(
      "Investigation",
      "A police, social care or multi-agency investigation began, including a section 47 enquiry."),
  /** The local authority started care proceedings in the family court. */
  CARE_PROCEEDINGS(
      "Care proceedings",
      "The local authority started care proceedings in the family court."),
  /** A child was removed from home and became looked after. */
  TAKEN_INTO_CARE(
      "Taken into care",
      "A child was removed from home and became looked after."),
  /** Something else followed; detail says what. */
  OTHER(
      "Other",
      "Something else followed; detail says what.");

  private final String label;
  private final String definition;

  ConsequenceKind(String label, String definition) {
    this.label = label;
    this.definition = definition;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return definition;
  }
}
