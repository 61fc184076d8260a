package org.safeguarding.review;

/** One of the three statutory safeguarding partners (Children Act 2004 s16E). */
public enum StatutoryPartner implements DefinedValue {
  /** The local authority. */
  LOCAL_AUTHORITY(
      "Local authority",
      "The local authority."),
  /** The integrated care board (formerly the clinical commissioning group). */
  INTEGRATED_CARE_BOARD(
      "Integrated care board",
      "The integrated care board (formerly the clinical commissioning group)."),
  /** The chief officer of police for the area. */
  POLICE(
      "Chief officer of police",
      "The chief officer of police for the area.");

  private final String label;
  private final String definition;

  StatutoryPartner(String label, String definition) {
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
