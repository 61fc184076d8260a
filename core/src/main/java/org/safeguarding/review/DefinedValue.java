package org.safeguarding.review;

/**
 * A value of one of the model's enumerations, with a short label for people and a one-line
 * definition that says when the value applies. The definitions decide the hard choices (a
 * finding's kind, a document's format, a section's kind); the encoding guide and the published
 * schemas repeat them.
 */
public interface DefinedValue {

  /** {@return the value's name, as JSON writes it, such as {@code AREA_FOR_IMPROVEMENT}} */
  String name();

  /** {@return a short label for people, such as "Area for improvement"} */
  String getLabel();

  /** {@return when the value applies, in one sentence} */
  String getDefinition();
}
