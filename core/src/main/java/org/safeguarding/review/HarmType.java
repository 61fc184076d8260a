package org.safeguarding.review;

/** The kind of harm in a serious child safeguarding incident. */
public enum HarmType {
  NON_ACCIDENTAL_INJURY("Non-accidental injury"),
  ABUSIVE_HEAD_TRAUMA("Abusive head trauma"),
  SUDDEN_UNEXPECTED_DEATH_IN_INFANCY("Sudden unexpected death in infancy"),
  NEGLECT("Neglect"),
  SUICIDE("Suicide"),
  EXTRA_FAMILIAL_HARM("Exploitation or extra-familial harm"),
  SEXUAL_ABUSE("Sexual abuse"),
  OTHER("Other");

  private final String label;

  HarmType(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
