package org.safeguarding.review;

/** What a figure's value is. */
public enum FigureUnit implements DefinedValue {
  /** A number of people, cases, events or things. */
  COUNT("Count"),
  /** A percentage. */
  PERCENT("Percentage");

  private final String label;

  FigureUnit(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return FigureUnit_.definition(this);
  }
}
