package org.safeguarding.review.json;

import java.util.Optional;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.core.exc.StreamConstraintsException;

/** The issues for broken {@link ReadLimits}, each naming the limit as {@link ReadLimit} does, with its value. */
final class LimitIssues {

  /** The package of Jackson's JSON parsers, whose methods that read numbers say "Number" or "Float". */
  private static final String JACKSON_PARSERS = "tools.jackson.core.json.";

  private LimitIssues() {}

  /**
   * {@return the issue for a broken limit}
   *
   * @param limit the limit broken
   * @param pointer where it was broken
   * @param limits the limits read within
   */
  static ValidationIssue broken(ReadLimit limit, Pointer pointer, ReadLimits limits) {
    return ValidationIssue.of(IssueCode.JSON_LIMIT_EXCEEDED, pointer, message(limit, limits));
  }

  /** The limit Jackson enforced while reading, or empty if it is not known. */
  static Optional<ReadLimit> broken(StreamConstraintsException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    ReadLimit limit = null;
    if (message.contains("getMaxDocumentLength")) {
      limit = ReadLimit.DOCUMENT_BYTES;
    } else if (message.contains("getMaxNestingDepth")) {
      limit = ReadLimit.NESTING_DEPTH;
    } else if (message.contains("getMaxStringLength")) {
      limit = ReadLimit.STRING_LENGTH;
    } else if (message.contains("getMaxNumberLength")) {
      limit = ReadLimit.NUMBER_LENGTH;
    } else if (message.contains("getMaxNameLength")) {
      limit = ReadLimit.PROPERTY_NAME_LENGTH;
    } else if (message.contains("getMaxTokenCount")) {
      limit = ReadLimit.TOKEN_COUNT;
    }
    return Optional.ofNullable(limit);
  }

  /**
   * The message for a limit Jackson enforced while reading. Jackson keeps the text of a number as
   * it keeps a string's, and stops a very long one at the string limit before it checks the number
   * limit: such a number is called a number.
   */
  static String describe(StreamConstraintsException e, ReadLimits limits) {
    Optional<ReadLimit> limit = broken(e);
    if (limit.equals(Optional.of(ReadLimit.STRING_LENGTH)) && readingNumber(e)) {
      return "a number is longer than " + limitInWords(ReadLimit.STRING_LENGTH, limits) + " characters, which bounds a number's text too";
    }
    return limit.map(broken -> message(broken, limits)).orElse("the input breaks a reading limit");
  }

  /** Whether Jackson was reading a number when it failed, as the parser's method says. */
  private static boolean readingNumber(StreamConstraintsException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith(JACKSON_PARSERS)
          && (frame.getMethodName().contains("Number") || frame.getMethodName().startsWith("_parseFloat"))) {
        return true;
      }
    }
    return false;
  }

  private static String limitInWords(ReadLimit limit, ReadLimits limits) {
    return limit.inWords() + ", " + limits.get(limit);
  }

  private static String message(ReadLimit limit, ReadLimits limits) {
    String named = limitInWords(limit, limits);
    return switch (limit) {
      case DOCUMENT_BYTES -> "the document is larger than " + named + " bytes";
      case NESTING_DEPTH -> "objects and arrays are nested deeper than " + named;
      case STRING_LENGTH -> "a string is longer than " + named + " characters";
      case ARRAY_LENGTH -> "the array has more items than " + named;
      case NUMBER_LENGTH -> "a number is longer than " + named + " characters";
      case PROPERTY_NAME_LENGTH -> "a property name is longer than " + named + " characters";
      case TOKEN_COUNT -> "the document has more than " + named + " JSON tokens";
      case REPORT_ISSUES -> "the document has more issues than " + named;
    };
  }
}
