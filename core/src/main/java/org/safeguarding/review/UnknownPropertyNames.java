package org.safeguarding.review;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A part's unknown properties do not use the name of one of its own properties: written out, the
 * two would be one JSON object with the same property twice, which no reader accepts.
 */
@Documented
@Constraint(validatedBy = UnknownPropertyNamesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UnknownPropertyNames {

  /** The message of a name that is taken. */
  String message() default "an unknown property must not have the name of one of the model's properties";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
