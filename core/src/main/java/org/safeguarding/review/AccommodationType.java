package org.safeguarding.review;

/** The six temporary accommodation types of England's homelessness statistics (H-CLIC, table TA1); refuges count as hostels. */
public enum AccommodationType {
  BED_AND_BREAKFAST("Bed and breakfast hotel (including shared annexes)"),
  NIGHTLY_PAID_SELF_CONTAINED("Nightly paid, privately managed accommodation, self-contained"),
  HOSTEL("Hostel (including reception centres, emergency units and refuges)"),
  PRIVATE_SECTOR_LEASED("Private sector accommodation leased by the authority or a registered provider"),
  LOCAL_AUTHORITY_OR_HOUSING_ASSOCIATION_STOCK("Local authority or housing association stock"),
  ANY_OTHER("Any other type (including private landlord and not known)");

  private final String label;

  AccommodationType(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
