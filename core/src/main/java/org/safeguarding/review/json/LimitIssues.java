package org.safeguarding.review.json;

import java.util.Optional;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.core.exc.StreamConstraintsException;

/** The issues for broken {@link ReadLimits}, each naming the limit as {@link ReadLimit} does, with its value. */
final class LimitIssues {

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

  /** The message for a limit Jackson enforced while reading. */
  static String describe(StreamConstraintsException e, ReadLimits limits) {
    return broken(e).map(limit -> message(limit, limits)).orElse("the input breaks a reading limit");
  }

  private static String message(ReadLimit limit, ReadLimits limits) {
    String named = limit.inWords() + ", " + limits.get(limit);
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
