package org.safeguarding.review;

/**
 * The category of a care leaver under the Children Act 1989, which decides what support is owed.
 */
public enum CareLeaverCategory implements DefinedValue {
  /**
   * Aged 16 or 17 and still looked after, having been looked after for at least 13 weeks since 14
   * (Schedule 2 paragraph 19B).
   */
  ELIGIBLE("Eligible"),
  /** Aged 16 or 17, no longer looked after, and eligible before leaving care (s23A). */
  RELEVANT("Relevant"),
  /** Aged 18 to 25, having been eligible or relevant (s23C). */
  FORMER_RELEVANT("Former relevant"),
  /** Under 21 (or 25 in education), looked after at 16 or later but not eligible (s24). */
  QUALIFYING("Qualifying");

  private final String label;

  CareLeaverCategory(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return CareLeaverCategory_.definition(this);
  }
}
