package org.safeguarding.review;

/**
 * The six temporary accommodation types of England's homelessness statistics (H-CLIC, table TA1).
 */
public enum AccommodationType implements DefinedValue {
  /** A bed and breakfast hotel or shared annexe: a room with shared kitchen or bathroom. */
  BED_AND_BREAKFAST(
      "Bed and breakfast hotel (including shared annexes)",
      "A bed and breakfast hotel or shared annexe: a room with shared kitchen or bathroom."),
  /** Nightly paid, privately managed accommodation with its own kitchen and bathroom. */
  NIGHTLY_PAID_SELF_CONTAINED(
      "Nightly paid, privately managed accommodation, self-contained",
      "Nightly paid, privately managed accommodation with its own kitchen and bathroom."),
  /** A hostel, including reception centres, emergency units and refuges. */
  HOSTEL(
      "Hostel (including reception centres, emergency units and refuges)",
      "A hostel, including reception centres, emergency units and refuges."),
  /** Private sector accommodation leased by the authority or by a registered provider. */
  PRIVATE_SECTOR_LEASED(
      "Private sector accommodation leased by the authority or a registered provider",
      "Private sector accommodation leased by the authority or by a registered provider."),
  /** A council or housing association home used as temporary accommodation. */
  LOCAL_AUTHORITY_OR_HOUSING_ASSOCIATION_STOCK(
      "Local authority or housing association stock",
      "A council or housing association home used as temporary accommodation."),
  /**
   * Any other type, including a private landlord's home, and a type the statistics record as not
   * known.
   */
  ANY_OTHER(
      "Any other type (including private landlord and not known)",
      "Any other type, including a private landlord's home, and a type the statistics record as not known.");

  private final String label;
  private final String definition;

  AccommodationType(String label, String definition) {
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
