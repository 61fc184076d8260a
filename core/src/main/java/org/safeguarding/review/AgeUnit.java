package org.safeguarding.review;

/** The unit an {@link Age} or a {@link TimeSpan} is counted in, as documents give it: "3 weeks", "6 months". */
public enum AgeUnit implements DefinedValue {
  /** Counted in days ("10 days old"). */
  DAYS("Days", "day", "days"),
  /** Counted in weeks ("7 weeks", "12 weeks old"). */
  WEEKS("Weeks", "week", "weeks"),
  /** Counted in months ("6 months"). */
  MONTHS("Months", "month", "months"),
  /** Counted in years ("2 years", "16-year-old"). */
  YEARS("Years", "year", "years");

  private final String label;
  private final String singular;
  private final String plural;

  AgeUnit(String label, String singular, String plural) {
    this.label = label;
    this.singular = singular;
    this.plural = plural;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return AgeUnit_.definition(this);
  }

  /**
   * {@return the English word for {@code count} of this unit: "month" for 1, "months" otherwise}
   *
   * @param count how many of this unit the word is for
   */
  public String word(int count) {
    return count == 1 ? singular : plural;
  }

  /** The unit named by an English word, singular or plural, ignoring case. */
  static AgeUnit fromWord(String word) {
    for (AgeUnit unit : values()) {
      if (unit.singular.equalsIgnoreCase(word) || unit.plural.equalsIgnoreCase(word)) {
        return unit;
      }
    }
    throw new IllegalArgumentException("An age unit must be days, weeks, months or years");
  }
}
