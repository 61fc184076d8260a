package org.safeguarding.review;

/**
 * Patterns, lengths and messages shared by the model's annotations, its checks and the published
 * JSON Schemas, defined once so that all of them agree.
 *
 * <p>Patterns are anchored and use only syntax that Java and ECMA-262 regular expressions read
 * the same way, because the schemas carry them unchanged.
 */
public final class Constraints {

  /**
   * A text that is not blank: it holds at least one character that {@link
   * Character#isWhitespace(int)} does not count as whitespace, exactly as {@link String#isBlank()}
   * decides. It is a search pattern, as JSON Schema's {@code pattern} is: a text is not blank when
   * the pattern is found in it. The schemas carry it for {@link Text}.
   */
  public static final String NOT_BLANK_PATTERN =
      "[^\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]";

  /** What {@link #NOT_BLANK_PATTERN} requires, in words. */
  public static final String NOT_BLANK_MESSAGE = "must not be blank";

  /** A date as YYYY-MM-DD; whether the day exists is checked too, by parsing it. */
  public static final String DATE_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

  /** What a date must be, in words. */
  public static final String DATE_MESSAGE = "must be a date as YYYY-MM-DD that exists";

  /** An identifier: a letter or digit, then up to 63 letters, digits, '.', '_' or '-'. */
  public static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

  /** What {@link #ID_PATTERN} allows, in words. */
  public static final String ID_MESSAGE =
      "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

  /** A semantic version number such as {@code 1.0.0}. */
  public static final String SCHEMA_VERSION_PATTERN = "^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$";

  /** What {@link #SCHEMA_VERSION_PATTERN} allows, in words. */
  public static final String SCHEMA_VERSION_MESSAGE = "must be a version number such as 1.0.0";

  /**
   * An absolute http or https link: a host, an optional port, then a path, query or fragment of
   * the characters RFC 3986 allows unescaped (and percent escapes).
   */
  public static final String LINK_PATTERN =
      "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][!#-;=?-\\[\\]_a-z~]*)?$";

  /** What {@link #LINK_PATTERN} allows, in words. */
  public static final String LINK_MESSAGE = "must be an absolute http or https link";

  /** Longest link. */
  public static final int LINK_MAX = 2_000;

  /** Longest name, label, pseudonym, heading or keyword. */
  public static final int NAME_MAX = 200;

  /** Longest title. */
  public static final int TITLE_MAX = 500;

  /** Longest statement: a finding, recommendation, action, question or rationale. */
  public static final int STATEMENT_MAX = 5_000;

  /** Longest free text: a paragraph, a detail, a summary or an analysis. */
  public static final int TEXT_MAX = 50_000;

  /** Longest published number or label of a section, list item or table, such as "1.1" or "Step 3". */
  public static final int NUMBER_MAX = 20;

  /** Largest age value in any unit. */
  public static final int AGE_MAX = 150;

  /** Largest count of children, people, parts or units of time. */
  public static final int COUNT_MAX = 10_000_000;

  /**
   * Largest size of a figure's value, either way: a trillion is far above any count or percentage a
   * review gives, and bounds what a number written as {@code 1e999999999} (a billion digits in
   * full) can cost whoever reads or prints it.
   */
  public static final long FIGURE_MAX = 1_000_000_000_000L;

  private Constraints() {}
}
