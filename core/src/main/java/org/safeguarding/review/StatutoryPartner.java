package org.safeguarding.review;

/** One of the three statutory safeguarding partners (Children Act 2004 s16E). */
public enum StatutoryPartner {
  LOCAL_AUTHORITY("Local authority"),
  INTEGRATED_CARE_BOARD("Integrated care board"),
  POLICE("Chief officer of police");

  private final String label;

  StatutoryPartner(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
