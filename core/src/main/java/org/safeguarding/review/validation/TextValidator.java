package org.safeguarding.review.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.Text;

/**
 * Checks the {@link Text} constraint, reporting a blank text and a text too long as separate
 * violations whose messages say which. Hibernate Validator finds it through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class TextValidator implements ConstraintValidator<Text, CharSequence> {

  /** The message of a text too long; {@code {max}} is the constraint's maximum. */
  public static final String TOO_LONG_MESSAGE = "must be at most {max} characters long";

  private int max;

  /** Creates the validator; Bean Validation providers call this. */
  public TextValidator() {}

  @Override
  public void initialize(Text constraint) {
    max = constraint.max();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String text = value.toString();
    boolean blank = text.isBlank();
    boolean tooLong = text.codePointCount(0, text.length()) > max;
    if (tooLong) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(TOO_LONG_MESSAGE).addConstraintViolation();
      if (blank) {
        context.buildConstraintViolationWithTemplate(Constraints.NOT_BLANK_MESSAGE).addConstraintViolation();
      }
    }
    return !blank && !tooLong;
  }
}
