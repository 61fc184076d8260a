package org.safeguarding.review;

/** One of the three statutory safeguarding partners (Children Act 2004 s16E). */
public enum StatutoryPartner implements DefinedValue {
  /** The local authority. */
  LOCAL_AUTHORITY("Local authority"),
  /** The integrated care board (formerly the clinical commissioning group). */
  INTEGRATED_CARE_BOARD("Integrated care board"),
  /** The chief officer of police for the area. */
  POLICE("Chief officer of police");

  private final String label;

  StatutoryPartner(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return StatutoryPartner_.definition(this);
  }
}
