package org.safeguarding.review.validation;

import java.util.Objects;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.ValidationIssue;

/**
 * The issue of a broken {@link FormRule}, the same whether Bean Validation or a JSON Schema found
 * it: its code, its pointer, and a message that names the field and what its form must be.
 */
public final class FormIssues {

  private FormIssues() {}

  /**
   * {@return the code of a rule's issues}
   *
   * @param rule the form rule
   */
  public static IssueCode code(FormRule rule) {
    return switch (Objects.requireNonNull(rule, "rule")) {
      case BLOCK_EMPTY, ITEM_EMPTY -> IssueCode.CONTENT_MISSING;
      case BLOCK_SEVERAL, ITEM_SEVERAL -> IssueCode.CONTENT_SEVERAL;
      case ITEM_LABEL -> IssueCode.ITEM_LABEL;
      case LIST_NUMBERING -> IssueCode.LIST_NUMBERING;
      case AGE_FORM -> IssueCode.AGE_FORM;
      case TIME_SPAN_FORM -> IssueCode.TIME_SPAN_FORM;
      case WHEN_FORM -> IssueCode.WHEN_FORM;
      case ORGANISATION_UNNAMED -> IssueCode.ORGANISATION_UNNAMED;
      case RESOURCE_FORM -> IssueCode.RESOURCE_FORM;
    };
  }

  /**
   * {@return the issue of {@code rule} broken at {@code pointer}}
   *
   * @param rule the form rule
   * @param pointer where it is broken
   */
  public static ValidationIssue issue(FormRule rule, Pointer pointer) {
    return ValidationIssue.of(code(rule), pointer, IssueMessages.subject(pointer) + " " + rule.getMessage());
  }
}
