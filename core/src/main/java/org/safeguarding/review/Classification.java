package org.safeguarding.review;

/**
 * Whether a document is meant for publication or is sensitive. Published learning documents must
 * be anonymised; rapid reviews are not published and may hold more detail.
 */
public enum Classification implements DefinedValue {
  /**
   * Meant for publication: personal data in its text is an error. The default for learning
   * summaries.
   */
  FOR_PUBLICATION(
      "Meant for publication",
      "Meant for publication: personal data in its text is an error. The default for learning summaries."),
  /** Not for publication: personal data in its text is a warning. The default for rapid reviews. */
  SENSITIVE(
      "Sensitive",
      "Not for publication: personal data in its text is a warning. The default for rapid reviews.");

  private final String label;
  private final String definition;

  Classification(String label, String definition) {
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
