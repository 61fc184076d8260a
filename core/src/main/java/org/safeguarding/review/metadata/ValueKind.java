package org.safeguarding.review.metadata;

import java.math.BigDecimal;

/** What kind of value a {@link ModelProperty} holds, as JSON carries it. */
public enum ValueKind {
  /** Free text written by people: a title, a statement, a paragraph, a pseudonym. Scanned for personal data. */
  TEXT,
  /** Text of a fixed form that is not prose: an id, a link, a reference to an id. */
  CODE,
  /** One of an enumeration's values, written as its name. */
  ENUM,
  /** The document's type, written as its JSON name. */
  DOCUMENT_TYPE,
  /** The schema version, written as text such as {@code 1.0.0}. */
  SCHEMA_VERSION,
  /** A date, written as {@code YYYY-MM-DD}. */
  DATE,
  /** A date known to the day, month or year. */
  PARTIAL_DATE,
  /** A learning theme: a catalogue code or a marked local theme. */
  THEME,
  /** A whole number. */
  INTEGER,
  /** A number, whole or not, such as a figure's 72 or 12.5, kept exactly as written. */
  NUMBER,
  /** True or false. */
  BOOLEAN,
  /** A part of the document: a JSON object of another model type. */
  OBJECT;

  /**
   * {@return whether a number is whole, however it is written: {@code 6}, {@code 6.0} or {@code
   * 6E0}, as an {@link #INTEGER} must be and as a count of whole things is}
   *
   * @param number the number
   */
  public static boolean isWhole(BigDecimal number) {
    return number.stripTrailingZeros().scale() <= 0;
  }
}
