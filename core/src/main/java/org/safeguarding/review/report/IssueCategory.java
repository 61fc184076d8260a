package org.safeguarding.review.report;

/**
 * Which stage of checking an {@link IssueCode} belongs to, from reading the bytes to scanning the
 * text. A document's problems can be grouped or filtered by category without looking at codes'
 * text; {@code DocumentReadException}'s kind follows from the categories of its errors.
 */
public enum IssueCategory {
  /** The input is not well-formed JSON text: malformed, empty, duplicate properties, trailing content. */
  READING,
  /** The input breaks one of the reading limits, such as nesting depth or the length of a text. */
  LIMIT,
  /** The document's {@code documentType} or {@code schemaVersion} cannot be read as asked. */
  HEADER,
  /** The JSON does not have the model's shape: unknown or missing properties, wrong types or values. */
  STRUCTURE,
  /** A value breaks a constraint of its property: blank, too long, of the wrong form, out of range. */
  CONSTRAINT,
  /** Parts of the document disagree with each other: dates out of order, references that do not resolve. */
  DOMAIN_RULE,
  /**
   * A rapid review leaves out something the Panel's notification or rapid review asks for, such as
   * the date the local authority became aware or the decision; a warning, never an error.
   */
  STATUTORY_GAP,
  /** A date is later than a statutory or guidance timescale allows. */
  TIMESCALE,
  /** Free text may hold personal data. */
  PRIVACY,
  /** A code defined by an application's own check. */
  CUSTOM
}
