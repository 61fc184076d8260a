package org.safeguarding.review;

/** How a number is qualified, for ages, counts, time spans and figures. */
public enum Qualifier implements DefinedValue {
  /** Approximately ("about", "around", "approximately"). */
  ABOUT("About"),
  /** Less than the value ("under 5", "below", "fewer than"). */
  UNDER("Under"),
  /** More than the value ("over 16", "more than"). */
  OVER("Over"),
  /** The value or more ("16 and over", "at least"). */
  AT_LEAST("At least"),
  /** The value or less ("up to 2", "5 or under"). */
  AT_MOST("At most");

  private final String label;

  Qualifier(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Qualifier_.definition(this);
  }
}
