package org.safeguarding.review.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.Form;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.Text;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/**
 * Turns Bean Validation violations into issues: a JSON Pointer from the property path, a stable
 * code from the constraint, and a message written here from the constraint's attributes, so that
 * it is plain English whatever the JVM's locale and never repeats the invalid value.
 */
final class ConstraintIssues {

  private ConstraintIssues() {}

  /** The issue for a violation whose property path starts at {@code base}. */
  static ValidationIssue toIssue(ConstraintViolation<?> violation, Pointer base) {
    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
    Pointer pointer = pointer(base, violation.getPropertyPath());
    if (constraint instanceof Form) {
      return formRule(violation)
          .map(rule -> rule.issueAt(pointer))
          .orElseGet(() -> issue(IssueCode.CONSTRAINT_BROKEN, pointer, IssueMessages.subject(pointer) + " " + violation.getMessage()));
    }
    if (constraint instanceof NotNull) {
      return required(pointer);
    }
    if (constraint instanceof Text text) {
      return violation.getMessageTemplate().equals(TextValidator.TOO_LONG_MESSAGE) ? textTooLong(text, pointer) : blank(pointer);
    }
    if (constraint instanceof Pattern pattern) {
      return pattern(pattern, pointer);
    }
    if (constraint instanceof Size size) {
      return size(size, violation.getInvalidValue(), pointer);
    }
    if (constraint instanceof PositiveOrZero || constraint instanceof Min || constraint instanceof Max) {
      return range(constraint, pointer);
    }
    return issue(IssueCode.CONSTRAINT_BROKEN, pointer, IssueMessages.subject(pointer) + " " + violation.getMessage());
  }

  /**
   * The form rule a violation of {@link Form} breaks: its dynamic payload, which Hibernate
   * Validator carries; empty with another provider.
   */
  private static Optional<FormRule> formRule(ConstraintViolation<?> violation) {
    try {
      HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
      return Optional.ofNullable(hibernate.getDynamicPayload(FormRule.class));
    } catch (ValidationException notHibernate) {
      return Optional.empty();
    }
  }

  /** A required value is missing. */
  static ValidationIssue required(Pointer pointer) {
    return issue(IssueCode.PROPERTY_REQUIRED, pointer, IssueMessages.subject(pointer) + " is required");
  }

  /** A text is blank. */
  static ValidationIssue blank(Pointer pointer) {
    return issue(IssueCode.VALUE_BLANK, pointer, IssueMessages.subject(pointer) + " " + Constraints.NOT_BLANK_MESSAGE);
  }

  /** A text is longer than its {@link Text} constraint allows. */
  static ValidationIssue textTooLong(Text text, Pointer pointer) {
    return issue(IssueCode.VALUE_TOO_LONG, pointer, IssueMessages.subject(pointer) + " " + IssueMessages.charactersAtMost(text.max()));
  }

  /** A text does not match its pattern. */
  static ValidationIssue pattern(Pattern pattern, Pointer pointer) {
    return issue(
        IssueCode.VALUE_PATTERN, pointer, IssueMessages.subject(pointer) + " " + ownMessage(pattern.message(), "does not have the required form"));
  }

  /** A list has too few or too many items, or a text is too long for its {@code @Size}. */
  static ValidationIssue size(Size size, Object value, Pointer pointer) {
    String subject = IssueMessages.subject(pointer);
    if (value instanceof Collection<?> collection) {
      boolean tooShort = collection.size() < size.min();
      return tooShort
          ? issue(IssueCode.ARRAY_TOO_SHORT, pointer, subject + " must have at least " + IssueMessages.items(size.min()))
          : issue(IssueCode.ARRAY_TOO_LONG, pointer, subject + " must have at most " + IssueMessages.items(size.max()));
    }
    return issue(IssueCode.VALUE_TOO_LONG, pointer, subject + " " + IssueMessages.charactersAtMost(size.max()));
  }

  /** A number is outside the range of its {@code @PositiveOrZero}, {@code @Min} or {@code @Max}. */
  static ValidationIssue range(Annotation constraint, Pointer pointer) {
    String subject = IssueMessages.subject(pointer);
    if (constraint instanceof Min min) {
      return issue(IssueCode.VALUE_OUT_OF_RANGE, pointer, subject + " " + IssueMessages.atLeast(min.value()));
    }
    if (constraint instanceof Max max) {
      return issue(IssueCode.VALUE_OUT_OF_RANGE, pointer, subject + " " + IssueMessages.atMost(max.value()));
    }
    return issue(IssueCode.VALUE_OUT_OF_RANGE, pointer, subject + " " + IssueMessages.atLeast(0));
  }

  private static ValidationIssue issue(IssueCode code, Pointer pointer, String message) {
    return ValidationIssue.of(code, pointer, message);
  }

  /** Our own constraint messages are plain text; the providers' defaults are templates. */
  private static String ownMessage(String message, String fallback) {
    return message.startsWith("{") ? fallback : message;
  }

  /**
   * The JSON Pointer of a property path below {@code base}: property names and indexes; container
   * nodes add none. Bean Validation names a getter's property as the model's metadata names it in
   * JSON, which a test of every getter confirms.
   */
  static Pointer pointer(Pointer base, Path path) {
    Pointer pointer = base;
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer = pointer.index(node.getIndex());
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        pointer = pointer.property(node.getName());
      }
    }
    return pointer;
  }
}
