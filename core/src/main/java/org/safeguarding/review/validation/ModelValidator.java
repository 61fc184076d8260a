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
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.privacy.PersonalDataScanner;
import org.safeguarding.review.timescale.Timescales;

/**
 * Validates a document built in code or read from JSON: its Bean Validation constraints, the
 * domain rules that relate one part to another (dates in order, placements that do not overlap,
 * unique ids and pseudonyms, references to findings and people the document has), the statutory
 * timescales (late dates are warnings), and a scan for personal data in free text (errors in
 * documents meant for publication, warnings in sensitive ones). Every problem is reported at once.
 *
 * <p>One Hibernate Validator instance, without Expression Language, is built on first use and
 * shared. Instances are immutable and thread-safe.
 */
public final class ModelValidator {

  private static final ModelValidator STANDARD = new ModelValidator(Timescales.standard());

  private final List<DocumentCheck> checks;

  private ModelValidator(Timescales timescales) {
    this.checks = List.of(DomainRules::check, timescales, PersonalDataScanner.standard());
  }

  /**
   * The validator: Bean Validation, the domain rules, the statutory timescales on England and
   * Wales working days, and the privacy scan.
   */
  public static ModelValidator standard() {
    return STANDARD;
  }

  /** This validator, working out timescales with {@code timescales} instead. */
  public ModelValidator withTimescales(Timescales timescales) {
    return new ModelValidator(timescales);
  }

  /**
   * Validates a document.
   *
   * @param document the document; not {@code null}
   * @return every problem found, in document order; valid when it has no errors
   */
  public ValidationReport validate(ReviewDocument document) {
    Objects.requireNonNull(document, "document");
    List<ValidationIssue> issues = new ArrayList<>();
    Holder.VALIDATOR.validate(document).forEach(v -> issues.add(ConstraintIssues.toIssue(v)));
    checks.forEach(check -> issues.addAll(check.check(document)));
    return ValidationReport.of(issues);
  }

  /**
   * Checks one property's value against the constraints the model declares for it, without
   * building the object that holds it. The JSON reader uses this to report constraint problems
   * alongside structural ones, when a document cannot be bound as a whole.
   *
   * @param modelType the model type that declares the property, such as {@code Finding.class}
   * @param property the property's JSON name, such as {@code statement}
   * @param value the value as the getter would return it, such as an {@code Optional<String>}
   * @param pointer the JSON Pointer of the property, such as {@code /sections/0/findings/1/statement}
   * @return the problems found, in no particular order
   * @throws IllegalArgumentException if the pointer does not end in a property name, or the model
   *     type has no such property
   */
  public List<ValidationIssue> validateProperty(
      Class<?> modelType, String property, Object value, String pointer) {
    if (!pointer.endsWith("/" + property)) {
      throw new IllegalArgumentException("The pointer must end with the property's name");
    }
    List<ValidationIssue> issues = new ArrayList<>();
    String base = pointer.substring(0, pointer.lastIndexOf('/'));
    Holder.VALIDATOR
        .validateValue(modelType, property, value)
        .forEach(v -> issues.add(ConstraintIssues.toIssue(v, base)));
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

  /** Builds the Bean Validation validator on first use, not when the class loads. */
  private static final class Holder {
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
