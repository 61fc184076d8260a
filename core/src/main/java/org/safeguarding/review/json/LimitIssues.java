package org.safeguarding.review.json;

import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.core.exc.StreamConstraintsException;

/** The issues for broken {@link ReadLimits}, each naming the limit and its value. */
final class LimitIssues {

  private LimitIssues() {}

  static ValidationIssue documentTooLarge(ReadLimits limits) {
    return limit(Pointer.root(), "the document is larger than maxDocumentBytes, " + limits.maxDocumentBytes() + " bytes");
  }

  /** The issue for a limit Jackson enforced while reading, named as {@link ReadLimits} names it. */
  static String describe(StreamConstraintsException e, ReadLimits limits) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.contains("getMaxDocumentLength")) {
      return "the document is larger than maxDocumentBytes, " + limits.maxDocumentBytes() + " bytes";
    }
    if (message.contains("getMaxNestingDepth")) {
      return "objects and arrays are nested deeper than maxNestingDepth, " + limits.maxNestingDepth();
    }
    if (message.contains("getMaxStringLength")) {
      return "a string is longer than maxStringLength, " + limits.maxStringLength() + " characters";
    }
    if (message.contains("getMaxNumberLength")) {
      return "a number is longer than maxNumberLength, " + limits.maxNumberLength() + " characters";
    }
    if (message.contains("getMaxNameLength")) {
      return "a property name is longer than maxPropertyNameLength, " + limits.maxPropertyNameLength() + " characters";
    }
    if (message.contains("getMaxTokenCount")) {
      return "the document has more than maxTokenCount, " + limits.maxTokenCount() + " JSON tokens";
    }
    return "the input breaks a reading limit";
  }

  static ValidationIssue limit(Pointer pointer, String message) {
    return ValidationIssue.of(IssueCode.JSON_LIMIT_EXCEEDED, pointer, message);
  }
}
