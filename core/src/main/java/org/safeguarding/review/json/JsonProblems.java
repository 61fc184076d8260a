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
  static ValidationIssue toIssue(JacksonException e) {
    if (e instanceof JacksonIOException io && !(io.getCause() instanceof CharConversionException)) {
      throw new UncheckedIOException(io.getCause());
    }
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String code;
    String message;
    if (e instanceof JacksonIOException) {
      code = Codes.JSON_MALFORMED;
      message = "the input is not text in UTF-8, UTF-16 or UTF-32";
    } else if (e instanceof StreamConstraintsException) {
      code = Codes.JSON_LIMIT_EXCEEDED;
      message = "the input breaks a reading limit: " + original;
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
    ValidationIssue issue = ValidationIssue.error(code, pointer(e), message);
    TokenStreamLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0 && location.getColumnNr() > 0) {
      issue = issue.at(new SourceLocation(location.getLineNr(), location.getColumnNr()));
    }
    return issue;
  }

  private static String pointer(JacksonException e) {
    if (e.processor() instanceof JsonParser parser && parser.streamReadContext() != null) {
      return parser.streamReadContext().pathAsPointer().toString();
    }
    return "";
  }
}
