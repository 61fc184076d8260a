package org.safeguarding.review.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.Text;
import org.safeguarding.review.TextValidator;
import org.safeguarding.review.UnknownPropertyNames;
import tools.jackson.core.JsonPointer;

/**
 * Turns Bean Validation violations into issues: a JSON Pointer from the property path, a stable
 * code from the constraint, and a message written here from the constraint's attributes, so that
 * it is plain English whatever the JVM's locale and never repeats the invalid value.
 */
final class ConstraintIssues {

  private ConstraintIssues() {}

  static ValidationIssue toIssue(ConstraintViolation<?> violation) {
    return toIssue(violation, "");
  }

  /** The issue for a violation whose property path starts at {@code base}. */
  static ValidationIssue toIssue(ConstraintViolation<?> violation, String base) {
    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
    String pointer = base + pointer(violation.getPropertyPath());
    String subject = IssueMessages.subject(pointer);

    if (constraint instanceof NotNull) {
      return ValidationIssue.error(Codes.PROPERTY_REQUIRED, pointer, subject + " is required");
    }
    if (constraint instanceof Text text) {
      return violation.getMessageTemplate().equals(TextValidator.TOO_LONG_MESSAGE)
          ? ValidationIssue.error(
              Codes.VALUE_TOO_LONG, pointer, subject + " must be at most " + text.max() + " characters long")
          : ValidationIssue.error(Codes.VALUE_BLANK, pointer, subject + " " + Constraints.NOT_BLANK_MESSAGE);
    }
    if (constraint instanceof UnknownPropertyNames) {
      return ValidationIssue.error(Codes.PROPERTY_NAME_TAKEN, pointer, violation.getMessage());
    }
    if (constraint instanceof Pattern pattern) {
      return ValidationIssue.error(
          Codes.VALUE_PATTERN,
          pointer,
          subject + " " + ownMessage(pattern.message(), "does not have the required form"));
    }
    if (constraint instanceof Size size) {
      return sizeIssue(size, violation.getInvalidValue(), subject, pointer);
    }
    if (constraint instanceof PositiveOrZero) {
      return ValidationIssue.error(Codes.VALUE_OUT_OF_RANGE, pointer, subject + " must be at least 0");
    }
    if (constraint instanceof Min min) {
      return ValidationIssue.error(
          Codes.VALUE_OUT_OF_RANGE, pointer, subject + " must be at least " + min.value());
    }
    if (constraint instanceof Max max) {
      return ValidationIssue.error(
          Codes.VALUE_OUT_OF_RANGE, pointer, subject + " must be at most " + max.value());
    }
    return ValidationIssue.error(Codes.CONSTRAINT, pointer, subject + " " + violation.getMessage());
  }

  private static ValidationIssue sizeIssue(Size size, Object value, String subject, String pointer) {
    if (value instanceof Collection<?> collection) {
      boolean tooShort = collection.size() < size.min();
      return tooShort
          ? ValidationIssue.error(
              Codes.ARRAY_TOO_SHORT, pointer, subject + " must have at least " + IssueMessages.items(size.min()))
          : ValidationIssue.error(
              Codes.ARRAY_TOO_LONG, pointer, subject + " must have at most " + IssueMessages.items(size.max()));
    }
    return ValidationIssue.error(
        Codes.VALUE_TOO_LONG, pointer, subject + " must be at most " + size.max() + " characters long");
  }

  /** Our own constraint messages are plain text; the providers' defaults are templates. */
  private static String ownMessage(String message, String fallback) {
    return message.startsWith("{") ? fallback : message;
  }

  /** The JSON Pointer of a property path: property names and indexes; container nodes add none. */
  static String pointer(Path path) {
    JsonPointer pointer = JsonPointer.empty();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer = pointer.appendIndex(node.getIndex());
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        pointer = pointer.appendProperty(node.getName());
      }
    }
    return pointer.toString();
  }
}
