package org.safeguarding.review;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link FormRule}s of a part: a class-level constraint on the model types whose properties
 * depend on each other ({@link Block}, {@link Item}, {@link ItemList}, {@link Age}, {@link
 * TimeSpan}, {@link When}, {@link Organisation}, {@link Resource}). Each broken rule is one
 * violation whose message is the rule's {@linkplain FormRule#getMessage() message}, at the part,
 * or at the list items it is about.
 */
@Documented
@Constraint(validatedBy = FormValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Form {

  /** {@return not used: each violation carries the message of the rule it breaks} */
  String message() default "breaks a rule of its form";

  /** {@return the validation groups the constraint belongs to; by default, the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload a client of Bean Validation attaches to the constraint; none by default} */
  Class<? extends Payload>[] payload() default {};
}
