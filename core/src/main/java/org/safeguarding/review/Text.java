package org.safeguarding.review;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text value: not blank, as {@link String#isBlank()} decides, and at most {@link #max()}
 * characters long, counting characters as Unicode code points the way JSON Schema's {@code
 * maxLength} does (an emoji is one character, not two). {@code null} is valid, so the constraint
 * also fits the value inside an {@link java.util.Optional}; required texts add {@link
 * jakarta.validation.constraints.NotNull}.
 *
 * <p>The published schemas express the same rule as {@code maxLength} and {@link
 * Constraints#NOT_BLANK_PATTERN}. A text that is both blank and too long breaks both rules and is
 * reported twice, as the schemas report it.
 *
 * <p>Its validator, {@code validation.TextValidator}, is registered with Bean Validation through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}, which Hibernate Validator reads.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

  /** {@return the longest allowed text, in Unicode code points} */
  int max();

  /** {@return the message of a blank text; a text too long is reported as such} */
  String message() default Constraints.NOT_BLANK_MESSAGE;

  /** {@return the validation groups the constraint belongs to; by default, the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload a client of Bean Validation attaches to the constraint; none by default} */
  Class<? extends Payload>[] payload() default {};
}
