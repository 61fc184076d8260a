package org.safeguarding.review;

/** The unit an {@link Age} is counted in, as documents give it: "3 weeks", "6 months". */
public enum AgeUnit {
  DAYS("day", "days"),
  WEEKS("week", "weeks"),
  MONTHS("month", "months"),
  YEARS("year", "years");

  private final String singular;
  private final String plural;

  AgeUnit(String singular, String plural) {
    this.singular = singular;
    this.plural = plural;
  }

  /** The English word for {@code count} of this unit: "month" for 1, "months" otherwise. */
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
