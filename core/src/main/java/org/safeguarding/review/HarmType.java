package org.safeguarding.review;

/** The kind of harm in an incident. */
public enum HarmType implements DefinedValue {
  /** Physical injury inflicted on a child (other than abusive head trauma). */
  NON_ACCIDENTAL_INJURY("Non-accidental injury"),
  /** Inflicted head injury in a baby or young child, including shaking. */
  ABUSIVE_HEAD_TRAUMA("Abusive head trauma"),
  /** The sudden, unexpected death of a baby, often while sleeping. */
  SUDDEN_UNEXPECTED_DEATH_IN_INFANCY("Sudden unexpected death in infancy"),
  /** Persistent failure to meet a child's basic needs, including gross negligence. */
  NEGLECT("Neglect"),
  /** A child took their own life. */
  SUICIDE("Suicide"),
  /** A child harmed themselves, short of taking their own life. */
  SELF_HARM("Self-harm"),
  /**
   * Harm outside the home: criminal or sexual exploitation, county lines, harm by peers (other than
   * serious youth violence).
   */
  EXTRA_FAMILIAL_HARM("Exploitation or extra-familial harm"),
  /**
   * Violence between young people, such as a stabbing, whether the child was victim or perpetrator.
   */
  SERIOUS_YOUTH_VIOLENCE("Serious youth violence"),
  /** Sexual abuse of a child, within or outside the family. */
  SEXUAL_ABUSE("Sexual abuse"),
  /**
   * Harm caused by people working with children in their role, such as an intrusive search,
   * restraint or abuse by staff.
   */
  HARM_BY_PROFESSIONALS("Harm by people working with children"),
  /** Harm of a kind not listed; the incident's summary says what. */
  OTHER("Other");

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
