package org.safeguarding.review.json;

import java.io.CharConversionException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.SourceLocation;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.json.JsonMapper;

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
    IssueCode code;
    String message;
    if (e instanceof JacksonIOException) {
      code = IssueCode.JSON_MALFORMED;
      message = "the input is not text in UTF-8, UTF-16 or UTF-32";
    } else if (e instanceof StreamConstraintsException constraint) {
      code = IssueCode.JSON_LIMIT_EXCEEDED;
      message = LimitIssues.describe(constraint, limits);
    } else if (e instanceof UnexpectedEndOfInputException) {
      code = IssueCode.JSON_MALFORMED;
      message = "the input ends before the JSON document does; it may be truncated";
    } else if (original.startsWith("Duplicate Object property")) {
      code = IssueCode.JSON_DUPLICATE_PROPERTY;
      message = "an object has the same property twice";
    } else if (original.startsWith("Trailing token")) {
      code = IssueCode.JSON_TRAILING_CONTENT;
      message = "there is more content after the JSON document";
    } else {
      code = IssueCode.JSON_MALFORMED;
      message = "the input is not well-formed JSON";
    }
    Pointer pointer = pointer(e, parser);
    if (e instanceof StreamConstraintsException constraint && LimitIssues.broken(constraint).equals(Optional.of(ReadLimit.PROPERTY_NAME_LENGTH))) {
      // The name being read is not in the path yet; the path ends at the property before it.
      pointer = pointer.parent().orElse(pointer);
    }
    ValidationIssue issue = ValidationIssue.of(code, pointer, message);
    if (e instanceof StreamConstraintsException && parser != null) {
      // Where in a long token the parser notices a limit depends on its recycled buffers' sizes;
      // the token's start does not.
      return located(issue, parser.currentTokenLocation());
    }
    return located(issue, e.getLocation() != null ? e.getLocation() : parser != null ? parser.currentLocation() : null);
  }

  /**
   * The issue for bytes that are not well-formed UTF-8, at the character they start: the pointer is
   * as far as a parser reading the bytes before them gets.
   */
  static ValidationIssue notUtf8(byte[] json, int offset, JsonMapper mapper) {
    Pointer pointer = Pointer.root();
    JsonParser parser = mapper.createParser(json, 0, offset);
    try (parser) {
      while (parser.nextToken() != null) {
        pointer = path(parser);
      }
    } catch (JacksonException e) {
      pointer = path(parser);
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (json[i] == '\n') {
        line++;
        column = 1;
      } else if ((json[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return ValidationIssue.of(IssueCode.JSON_MALFORMED, pointer, "the input is not well-formed UTF-8")
        .at(new SourceLocation(line, column));
  }

  /** The issue for a number too large or too precise for the reader to hold, where the parser stopped. */
  static ValidationIssue numberOutOfRange(JsonParser parser) {
    ValidationIssue issue = ValidationIssue.of(IssueCode.JSON_LIMIT_EXCEEDED, pointer(null, parser), "a number is too large or too precise to read");
    return parser == null ? issue : located(issue, parser.currentLocation());
  }

  private static Pointer pointer(JacksonException e, JsonParser reading) {
    JsonParser parser = e != null && e.processor() instanceof JsonParser failed ? failed : reading;
    return parser != null ? path(parser) : Pointer.root();
  }

  /** Where the parser is, as Jackson's own pointer says, which it escapes as RFC 6901 does. */
  private static Pointer path(JsonParser parser) {
    return parser.streamReadContext() == null
        ? Pointer.root()
        : Pointer.parse(parser.streamReadContext().pathAsPointer().toString());
  }

  private static ValidationIssue located(ValidationIssue issue, TokenStreamLocation location) {
    if (location != null && location.getLineNr() > 0 && location.getColumnNr() > 0) {
      return issue.at(new SourceLocation(location.getLineNr(), location.getColumnNr()));
    }
    return issue;
  }
}
