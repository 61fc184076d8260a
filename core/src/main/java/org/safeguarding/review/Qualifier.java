package org.safeguarding.review;

/** How a number is qualified, for ages, counts, time spans and figures. */
public enum Qualifier implements DefinedValue {
  /** Approximately ("about", "around", "approximately"). */
  ABOUT(
      "About",
      "Approximately (\"about\", \"around\", \"approximately\")."),
  /** Less than the value ("under 5", "below", "fewer than"). */
  UNDER(
      "Under",
      "Less than the value (\"under 5\", \"below\", \"fewer than\")."),
  /** More than the value ("over 16", "more than"). */
  OVER(
      "Over",
      "More than the value (\"over 16\", \"more than\")."),
  /** The value or more ("16 and over", "at least"). */
  AT_LEAST(
      "At least",
      "The value or more (\"16 and over\", \"at least\")."),
  /** The value or less ("up to 2", "5 or under"). */
  AT_MOST(
      "At most",
      "The value or less (\"up to 2\", \"5 or under\").");

  private final String label;
  private final String definition;

  Qualifier(String label, String definition) {
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
