package org.safeguarding.review;

/** A fact about a document that may be known only from where it is published, not from its text. */
public enum InferredField implements DefinedValue {
  /** The series the document belongs to ({@code series}). */
  SERIES("Series"),
  /** The document's number in its series ({@code edition}). */
  EDITION("Edition"),
  /** Whom the document is for ({@code audience}, {@code audienceRoles} and {@code audienceAsWritten}). */
  AUDIENCE("Audience");

  private final String label;

  InferredField(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return InferredField_.definition(this);
  }
}
