package org.safeguarding.review;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link FormRule}s of a part: a class-level constraint on {@link Extensible}, and so on every
 * part, which checks the rules declared for the part's type. Each broken rule is one violation whose
 * message is the rule's {@linkplain FormRule#getMessage() message}, at the part, or at the list or
 * list items it is about. With Hibernate Validator each violation also carries the rule as its
 * dynamic payload, by which a report tells the rules apart. Its validator, {@code
 * validation.FormValidator}, is registered through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}, which Hibernate Validator reads.
 */
@Documented
@Constraint(validatedBy = {})
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
