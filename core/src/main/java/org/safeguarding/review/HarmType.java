package org.safeguarding.review;

/** The kind of harm in an incident. */
public enum HarmType implements DefinedValue {
  /** Physical injury inflicted on a child (other than abusive head trauma). */
  NON_ACCIDENTAL_INJURY(
      "Non-accidental injury",
      "Physical injury inflicted on a child (other than abusive head trauma)."),
  /** Inflicted head injury in a baby or young child, including shaking. */
  ABUSIVE_HEAD_TRAUMA(
      "Abusive head trauma",
      "Inflicted head injury in a baby or young child, including shaking."),
  /** The sudden, unexpected death of a baby, often while sleeping. */
  SUDDEN_UNEXPECTED_DEATH_IN_INFANCY(
      "Sudden unexpected death in infancy",
      "The sudden, unexpected death of a baby, often while sleeping."),
  /** Persistent failure to meet a child's basic needs, including gross negligence. */
  NEGLECT(
      "Neglect",
      "Persistent failure to meet a child's basic needs, including gross negligence."),
  /** A child took their own life. */
  SUICIDE(
      "Suicide",
      "A child took their own life."),
  /**
   * Harm outside the home: criminal or sexual exploitation, county lines, harm by peers (other than
   * serious youth violence).
   */
  EXTRA_FAMILIAL_HARM(
      "Exploitation or extra-familial harm",
      "Harm outside the home: criminal or sexual exploitation, county lines, harm by peers (other than serious youth violence)."),
  /**
   * Violence between young people, such as a stabbing, whether the child was victim or perpetrator.
   */
  SERIOUS_YOUTH_VIOLENCE(
      "Serious youth violence",
      "Violence between young people, such as a stabbing, whether the child was victim or perpetrator."),
  /** Sexual abuse of a child, within or outside the family. */
  SEXUAL_ABUSE(
      "Sexual abuse",
      "Sexual abuse of a child, within or outside the family."),
  /**
   * Harm caused by people working with children in their role, such as an intrusive search,
   * restraint or abuse by staff.
   */
  HARM_BY_PROFESSIONALS(
      "Harm by people working with children",
      "Harm caused by people working with children in their role, such as an intrusive search, restraint or abuse by staff."),
  /** Harm of a kind not listed; the incident's summary says what. */
  OTHER(
      "Other",
      "Harm of a kind not listed; the incident's summary says what.");

  private final String label;
  private final String definition;

  HarmType(String label, String definition) {
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
