package org.safeguarding.review;

/**
 * The six temporary accommodation types of England's homelessness statistics (H-CLIC, table TA1).
 */
public enum AccommodationType implements DefinedValue {
  /** A bed and breakfast hotel or shared annexe: a room with shared kitchen or bathroom. */
  BED_AND_BREAKFAST("Bed and breakfast hotel (including shared annexes)"),
  /** Nightly paid, privately managed accommodation with its own kitchen and bathroom. */
  NIGHTLY_PAID_SELF_CONTAINED("Nightly paid, privately managed accommodation, self-contained"),
  /** A hostel, including reception centres, emergency units and refuges. */
  HOSTEL("Hostel (including reception centres, emergency units and refuges)"),
  /** Private sector accommodation leased by the authority or by a registered provider. */
  PRIVATE_SECTOR_LEASED("Private sector accommodation leased by the authority or a registered provider"),
  /** A council or housing association home used as temporary accommodation. */
  LOCAL_AUTHORITY_OR_HOUSING_ASSOCIATION_STOCK("Local authority or housing association stock"),
  /**
   * Any other type, including a private landlord's home, and a type the statistics record as not
   * known.
   */
  ANY_OTHER("Any other type (including private landlord and not known)");

  private final String label;

  AccommodationType(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return AccommodationType_.definition(this);
  }
}
