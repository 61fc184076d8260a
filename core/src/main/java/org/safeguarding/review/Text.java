package org.safeguarding.review;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text value: not blank, as {@link String#isBlank()} defines it, and at most {@link #max()}
 * characters long. {@code null} is valid, so the constraint also fits the value inside an
 * {@link java.util.Optional}; required texts add {@link jakarta.validation.constraints.NotNull}.
 *
 * <p>Composed of the standard {@link Pattern} and {@link Size} constraints, so every Bean
 * Validation provider checks it and the JSON Schemas carry the same pattern. The pattern is used
 * rather than {@code @NotBlank} because {@code @NotBlank} also rejects an empty {@code Optional}.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = Constraints.NOT_BLANK_PATTERN, message = Constraints.NOT_BLANK_MESSAGE)
@Size
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

  /** The longest allowed text, in UTF-16 code units as {@link String#length()} counts them. */
  @OverridesAttribute(constraint = Size.class, name = "max")
  int max();

  /** Not used: each part reports its own message. */
  String message() default "must be a text that is not blank";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
