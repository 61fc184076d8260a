package org.safeguarding.review.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.safeguarding.review.Form;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.pointer.Pointer;

/**
 * Checks the {@link FormRule}s of a part, as {@link Form} asks. A {@code null} part is valid, as
 * for every Bean Validation constraint. Each broken rule is a violation at its place, carrying the
 * rule as its dynamic payload where the provider is Hibernate Validator.
 *
 * <p>Hibernate Validator finds it through {@code META-INF/services/jakarta.validation.ConstraintValidator},
 * so that the model's annotation need not name a class above the model.
 */
public final class FormValidator implements ConstraintValidator<Form, Object> {

  /** A validator, made by the Bean Validation provider for each {@link Form} it checks. */
  public FormValidator() {}

  @Override
  public boolean isValid(Object part, ConstraintValidatorContext context) {
    if (part == null) {
      return true;
    }
    boolean valid = true;
    for (FormRule rule : FormRule.of(part.getClass())) {
      List<Pointer> broken = rule.brokenIn(part);
      if (!broken.isEmpty() && valid) {
        context.disableDefaultConstraintViolation();
        valid = false;
      }
      for (Pointer at : broken) {
        report(rule, at, context);
      }
    }
    return valid;
  }

  /** One violation of {@code rule} at {@code at}: the part, a property of it, or an item of one. */
  private static void report(FormRule rule, Pointer at, ConstraintValidatorContext context) {
    withPayload(rule, context);
    var violation = context.buildConstraintViolationWithTemplate(rule.getMessage());
    List<String> segments = at.segments();
    if (segments.isEmpty()) {
      violation.addConstraintViolation();
    } else if (segments.size() == 1) {
      violation.addPropertyNode(segments.get(0)).addConstraintViolation();
    } else {
      violation.addPropertyNode(segments.get(0)).addBeanNode().inIterable().atIndex(Integer.parseInt(segments.get(1))).addConstraintViolation();
    }
  }

  /** The rule as the violation's dynamic payload, where the provider is Hibernate Validator. */
  private static void withPayload(FormRule rule, ConstraintValidatorContext context) {
    try {
      context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(rule);
    } catch (ValidationException notHibernate) {
      // Another provider: the violation goes without the rule, and is reported as a constraint.
    }
  }
}
