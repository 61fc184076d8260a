package org.safeguarding.review.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.Form;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.ValidationIssue;

/** The constraints of a document checked by a Bean Validation {@link Validator}. */
final class BeanValidationConstraints implements ConstraintEngine {

  private final Validator validator;

  BeanValidationConstraints(Validator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /** The bundled validator, built on first use, not when the class loads. */
  static Validator bundled() {
    return Bundled.VALIDATOR;
  }

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    validator.validate(parts.document().value()).forEach(v -> issues.add(ConstraintIssues.toIssue(v, Pointer.root())));
    return issues;
  }

  @Override
  public List<ValidationIssue> checkProperty(ModelProperty property, Object value, Pointer pointer) {
    Pointer owner = pointer.parent().orElseThrow(() -> new IllegalArgumentException("A property's pointer has a parent"));
    List<ValidationIssue> issues = new ArrayList<>();
    validator
        .validateValue(property.getter().getDeclaringClass(), property.name(), value)
        .forEach(v -> issues.add(ConstraintIssues.toIssue(v, owner)));
    return issues;
  }

  @Override
  public List<ValidationIssue> checkForm(Located<? extends Extensible> part) {
    List<ValidationIssue> issues = new ArrayList<>();
    validator.validate(part.value()).stream()
        .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof Form)
        .forEach(v -> issues.add(ConstraintIssues.toIssue(v, part.pointer())));
    return issues;
  }

  /** Every property of the model is loaded and may be validated. */
  private static final class TraverseEverything implements TraversableResolver {
    @Override
    public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
      return true;
    }
  }

  /** Holds the bundled validator. */
  private static final class Bundled {
    static final Validator VALIDATOR =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            // No validation.xml to look for, no JPA to ask what is loaded, no Expression
            // Language: the model is plain objects, and this keeps start-up short.
            .ignoreXmlConfiguration()
            .traversableResolver(new TraverseEverything())
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }
}
