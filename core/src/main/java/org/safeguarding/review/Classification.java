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
  FOR_PUBLICATION("Meant for publication"),
  /** Not for publication: personal data in its text is a warning. The default for rapid reviews. */
  SENSITIVE("Sensitive");

  private final String label;

  Classification(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Classification_.definition(this);
  }
}
