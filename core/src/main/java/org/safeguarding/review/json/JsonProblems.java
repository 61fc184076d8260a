package org.safeguarding.review.json;

import java.io.CharConversionException;
import java.io.UncheckedIOException;
import org.safeguarding.review.validation.Codes;
import org.safeguarding.review.validation.SourceLocation;
import org.safeguarding.review.validation.ValidationIssue;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Turns Jackson's reading failures into issues with a pointer and a line and column, and messages
 * of our own: Jackson's messages quote the offending input, which may be personal data.
 */
final class JsonProblems {

  private JsonProblems() {}

  /**
   * The issue for a failure to read JSON text.
   *
   * @throws UncheckedIOException if the failure was an I/O error rather than bad content; text that
   *     cannot be decoded is bad content
   */
  static ValidationIssue toIssue(JacksonException e, ReadLimits limits, JsonParser parser) {
    if (e instanceof JacksonIOException io && !(io.getCause() instanceof CharConversionException)) {
      throw new UncheckedIOException(io.getCause());
    }
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String code;
    String message;
    if (e instanceof JacksonIOException) {
      code = Codes.JSON_MALFORMED;
      message = "the input is not text in UTF-8, UTF-16 or UTF-32";
    } else if (e instanceof StreamConstraintsException constraint) {
      code = Codes.JSON_LIMIT_EXCEEDED;
      message = LimitIssues.describe(constraint, limits);
    } else if (e instanceof UnexpectedEndOfInputException) {
      code = Codes.JSON_MALFORMED;
      message = "the input ends before the JSON document does; it may be truncated";
    } else if (original.startsWith("Duplicate Object property")) {
      code = Codes.JSON_DUPLICATE_PROPERTY;
      message = "an object has the same property twice";
    } else if (original.startsWith("Trailing token")) {
      code = Codes.JSON_TRAILING_CONTENT;
      message = "there is more content after the JSON document";
    } else {
      code = Codes.JSON_MALFORMED;
      message = "the input is not well-formed JSON";
    }
    String pointer = pointer(e, parser);
    if (e instanceof StreamConstraintsException && message.contains("maxPropertyNameLength")) {
      // The name being read is not in the path yet; the path ends at the property before it.
      pointer = pointer.isEmpty() ? "" : pointer.substring(0, pointer.lastIndexOf('/'));
    }
    ValidationIssue issue = ValidationIssue.error(code, pointer, message);
    return located(issue, e.getLocation() != null ? e.getLocation() : parser != null ? parser.currentLocation() : null);
  }

  /** The issue for content after the document, at the place it starts. */
  static ValidationIssue trailingContent(JsonParser parser) {
    return located(
        ValidationIssue.error(Codes.JSON_TRAILING_CONTENT, "", "there is more content after the JSON document"),
        parser.currentTokenLocation());
  }

  private static String pointer(JacksonException e, JsonParser reading) {
    JsonParser parser = e.processor() instanceof JsonParser failed ? failed : reading;
    if (parser != null && parser.streamReadContext() != null) {
      return parser.streamReadContext().pathAsPointer().toString();
    }
    return "";
  }

  private static ValidationIssue located(ValidationIssue issue, TokenStreamLocation location) {
    if (location != null && location.getLineNr() > 0 && location.getColumnNr() > 0) {
      return issue.at(new SourceLocation(location.getLineNr(), location.getColumnNr()));
    }
    return issue;
  }
}
