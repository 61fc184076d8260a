package org.safeguarding.review;

/** What a figure's value is. */
public enum FigureUnit implements DefinedValue {
  /** A number of people, cases, events or things. */
  COUNT(
      "Count",
      "A number of people, cases, events or things."),
  /** A percentage. */
  PERCENT(
      "Percentage",
      "A percentage.");

  private final String label;
  private final String definition;

  FigureUnit(String label, String definition) {
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
