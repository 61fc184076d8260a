package org.safeguarding.review;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks the {@link FormRule}s of a part annotated {@link Form}. A {@code null} part is valid, as
 * for every Bean Validation constraint.
 */
public final class FormValidator implements ConstraintValidator<Form, Object> {

  /** A validator, made by the Bean Validation provider for each {@link Form} it checks. */
  public FormValidator() {}

  @Override
  public boolean isValid(Object part, ConstraintValidatorContext context) {
    List<FormRule.Broken> broken = FormRule.brokenBy(part);
    if (broken.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (FormRule.Broken rule : broken) {
      var violation = context.buildConstraintViolationWithTemplate(rule.rule().getMessage());
      if (rule.property().isEmpty()) {
        violation.addConstraintViolation();
      } else if (rule.index().isEmpty()) {
        violation.addPropertyNode(rule.property().get()).addConstraintViolation();
      } else {
        violation.addPropertyNode(rule.property().get()).addBeanNode().inIterable().atIndex(rule.index().getAsInt()).addConstraintViolation();
      }
    }
    return false;
  }
}
