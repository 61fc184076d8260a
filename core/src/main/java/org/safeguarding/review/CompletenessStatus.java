package org.safeguarding.review;

/** How complete an encoded text is. */
public enum CompletenessStatus implements DefinedValue {
  /**
   * The whole document as published (a document that itself shows only some of a review's findings
   * is complete; a stated count says how many there are).
   */
  COMPLETE("Complete"),
  /**
   * Whole parts of the document chosen on purpose, such as only its executive summary; the parts
   * left out are whole.
   */
  EXCERPT("Excerpt"),
  /**
   * The text available stops or has gaps nobody chose: a cut-off copy, missing pages, an unreadable
   * part.
   */
  PARTIAL("Partial");

  private final String label;

  CompletenessStatus(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return CompletenessStatus_.definition(this);
  }
}
