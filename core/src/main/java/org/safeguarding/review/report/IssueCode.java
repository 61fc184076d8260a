package org.safeguarding.review.report;

import static org.safeguarding.review.report.IssueCategory.CONSTRAINT;
import static org.safeguarding.review.report.IssueCategory.HEADER;
import static org.safeguarding.review.report.IssueCategory.LIMIT;
import static org.safeguarding.review.report.IssueCategory.READING;
import static org.safeguarding.review.report.IssueCategory.STRUCTURE;
import static org.safeguarding.review.report.Severity.ERROR;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable code of a kind of problem, with its {@linkplain #category() category}, {@linkplain
 * #defaultSeverity() default severity} and a one-line {@linkplain #description() description}. A
 * code names the kind of problem; an issue's pointer names the place. A code's {@linkplain #text()
 * text} (such as {@code value.blank}) does not change within a major version: it is what reports and
 * the command line write. Compare codes with {@code equals}, never by their text.
 *
 * <p>The constants here are the generic codes of the JSON form, raised alike by the JSON reader,
 * the constraint checks and the JSON Schema validator: reading, limits, the header, structure and
 * constraints. Every other code is declared beside what raises it (a form rule's in {@code
 * FormRule}, a domain rule's in its check, a timescale's in its rule, the privacy scan's in its
 * kind of personal data), and the registry {@code IssueCodes} gathers them all; an application's
 * own check gets codes from {@code IssueCodes.custom}. Instances are immutable and thread-safe.
 */
public final class IssueCode {

  private static final Pattern FORM = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");
  private static final List<IssueCode> GENERIC = new ArrayList<>();

  // Reading JSON
  /** The input is not well-formed JSON; the issue carries the line and column. */
  public static final IssueCode JSON_MALFORMED =
      generic("json.malformed", READING, ERROR, "the input is not well-formed JSON; the issue carries the line and column");

  /** An object has the same property twice. */
  public static final IssueCode JSON_DUPLICATE_PROPERTY =
      generic("json.duplicateProperty", READING, ERROR, "an object has the same property twice");

  /** There is more content after the document. */
  public static final IssueCode JSON_TRAILING_CONTENT =
      generic("json.trailingContent", READING, ERROR, "there is more content after the document");

  /** The input is empty or only whitespace. */
  public static final IssueCode JSON_EMPTY =
      generic("json.empty", READING, ERROR, "the input is empty or only whitespace");

  /** The input breaks a reading limit, such as nesting depth or the length of a text. */
  public static final IssueCode JSON_LIMIT_EXCEEDED =
      generic("json.limitExceeded", LIMIT, ERROR, "the input breaks a reading limit, such as nesting depth or the length of a text");

  /**
   * A document has more issues than a report keeps (the limit {@code report-issues}); the one issue
   * at the end of the report says how many were left out, as severe as the most severe of them.
   */
  public static final IssueCode REPORT_ISSUES_LEFT_OUT =
      generic("report.issuesLeftOut", LIMIT, ERROR, "the document has more issues than the report keeps (the limit report-issues); the last issue says how many were left out, as severe as the most severe of them");

  /** The top level of the input is well-formed JSON but not an object. */
  public static final IssueCode JSON_NOT_AN_OBJECT =
      generic("json.notAnObject", STRUCTURE, ERROR, "the top level of the input is well-formed JSON but not an object");

  // The document's header
  /** The document has no {@code documentType}. */
  public static final IssueCode DOCUMENT_TYPE_MISSING =
      generic("document.typeMissing", HEADER, ERROR, "the document has no `documentType`");

  /** The {@code documentType} is not one this library knows. */
  public static final IssueCode DOCUMENT_TYPE_UNKNOWN =
      generic("document.typeUnknown", HEADER, ERROR, "the `documentType` is not one this library knows");

  /** The {@code documentType} is not the type the caller asked for. */
  public static final IssueCode DOCUMENT_TYPE_MISMATCH =
      generic("document.typeMismatch", HEADER, ERROR, "the `documentType` is not the type the caller asked for");

  /**
   * The {@code schemaVersion} has another major version (an error) or a newer minor version (a
   * warning) than this library reads.
   */
  public static final IssueCode DOCUMENT_VERSION_UNSUPPORTED =
      generic("document.versionUnsupported", HEADER, ERROR, "the `schemaVersion` has another major version (an error) or a newer minor version (a warning) than this library reads");

  // Structure
  /** A property the model does not define; an error when strict, a warning when lenient. */
  public static final IssueCode PROPERTY_UNKNOWN =
      generic("property.unknown", STRUCTURE, ERROR, "a property the model does not define; an error when strict, a warning when lenient");

  /** A required property is missing. */
  public static final IssueCode PROPERTY_REQUIRED =
      generic("property.required", STRUCTURE, ERROR, "a required property is missing");

  /** A value has the wrong JSON type, such as a number where text is expected, or is null. */
  public static final IssueCode VALUE_TYPE =
      generic("value.type", STRUCTURE, ERROR, "a value has the wrong JSON type, such as a number where text is expected, or is null");

  /** A value is not one of the allowed enumeration values. */
  public static final IssueCode VALUE_ENUM =
      generic("value.enum", STRUCTURE, ERROR, "a value is not one of the allowed enumeration values");

  /** A date does not have the required form or does not exist, such as 2023-02-30. */
  public static final IssueCode VALUE_DATE =
      generic("value.date", STRUCTURE, ERROR, "a date does not have the required form or does not exist, such as 2023-02-30");

  /** A value does not have the required form, such as a theme code. */
  public static final IssueCode VALUE_FORMAT =
      generic("value.format", STRUCTURE, ERROR, "a value does not have the required form, such as a theme code");

  // Constraints
  /** A text is empty or only whitespace. */
  public static final IssueCode VALUE_BLANK =
      generic("value.blank", CONSTRAINT, ERROR, "a text is empty or only whitespace");

  /** A text is longer than allowed. */
  public static final IssueCode VALUE_TOO_LONG =
      generic("value.tooLong", CONSTRAINT, ERROR, "a text is longer than allowed");

  /** A text does not match the required pattern, such as an id. */
  public static final IssueCode VALUE_PATTERN =
      generic("value.pattern", CONSTRAINT, ERROR, "a text does not match the required pattern, such as an id");

  /** A number is outside the allowed range. */
  public static final IssueCode VALUE_OUT_OF_RANGE =
      generic("value.outOfRange", CONSTRAINT, ERROR, "a number is outside the allowed range");

  /** A list has fewer items than required. */
  public static final IssueCode ARRAY_TOO_SHORT =
      generic("array.tooShort", CONSTRAINT, ERROR, "a list has fewer items than required");

  /** A list has more items than allowed. */
  public static final IssueCode ARRAY_TOO_LONG =
      generic("array.tooLong", CONSTRAINT, ERROR, "a list has more items than allowed");

  /** A constraint without a more specific code, such as one an application's own validator adds. */
  public static final IssueCode CONSTRAINT_BROKEN =
      generic("constraint", CONSTRAINT, ERROR, "a constraint without a more specific code, such as one an application's own validator adds");

  private final String text;
  private final IssueCategory category;
  private final Severity defaultSeverity;
  private final String description;

  private IssueCode(String text, IssueCategory category, Severity defaultSeverity, String description) {
    this.text = text;
    this.category = category;
    this.defaultSeverity = defaultSeverity;
    this.description = description;
  }

  private static IssueCode generic(String text, IssueCategory category, Severity severity, String description) {
    IssueCode code = of(text, category, severity, description);
    GENERIC.add(code);
    return code;
  }

  /**
   * A code, declared once beside what raises it.
   *
   * @param text the code's text: words of letters and digits separated by dots, each starting with
   *     a lower-case letter, such as {@code dates.outOfOrder}
   * @param category the stage of checking it belongs to
   * @param defaultSeverity the severity its issues have unless a check says otherwise
   * @param description what the code means, in one line, for the list of codes
   * @return the code, equal to any other code with the same text
   * @throws IllegalArgumentException if the text is not of that form or the description is blank
   */
  public static IssueCode of(String text, IssueCategory category, Severity defaultSeverity, String description) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(description, "description");
    if (!FORM.matcher(text).matches()) {
      throw new IllegalArgumentException("A code is words separated by dots, such as acme.findingWithoutTheme");
    }
    if (description.isBlank()) {
      throw new IllegalArgumentException("A code has a description");
    }
    return new IssueCode(text, category, defaultSeverity, description);
  }

  /** {@return the generic codes of the JSON form: the constants of this class, in order} */
  public static List<IssueCode> generic() {
    return Collections.unmodifiableList(GENERIC);
  }

  /** {@return the code's stable text, such as {@code value.blank}, as reports write it} */
  public String text() {
    return text;
  }

  /** {@return the stage of checking the code belongs to} */
  public IssueCategory category() {
    return category;
  }

  /** {@return the severity of the code's issues unless a check decides otherwise} */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** {@return what the code means, in one line} */
  public String description() {
    return description;
  }

  /** Codes are equal when their text is. */
  @Override
  public boolean equals(Object other) {
    return other instanceof IssueCode code && text.equals(code.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The code's text. */
  @Override
  public String toString() {
    return text;
  }
}
