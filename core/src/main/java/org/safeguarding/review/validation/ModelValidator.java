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
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.metadata.DocumentOrder;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.privacy.PersonalDataScanner;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.rules.DomainRules;
import org.safeguarding.review.timescale.Timescales;

/**
 * Validates a document built in code or read from JSON: its Bean Validation constraints, checked
 * by a {@link Validator}, then each of its {@link DocumentCheck}s. Every problem is reported at
 * once, in the order of the document.
 *
 * <p>A validator is configured, not hard-wired: {@link #standard()} checks the model's constraints
 * as the bundled Hibernate Validator without Expression Language would (see below) and runs the
 * standard checks (the {@link DomainRules}, the
 * statutory {@link Timescales} on England and Wales working days, and the {@link
 * PersonalDataScanner}); {@link #withValidator(Validator)} uses an application's own Bean
 * Validation validator (such as Spring's), {@link #withTimescales(Timescales)} another calendar or
 * anchor, and {@link #withChecks(List)} or {@link #withCheck(DocumentCheck)} other checks. Every
 * reader given a validator ({@code ReviewJson.withValidator}, {@code DocumentValidator}, the
 * command line) uses it for every document it reads.
 *
 * <p>The standard validator checks the model's own constraint annotations itself, in the walk
 * that finds the document's parts for the checks, and so gives exactly the issues the bundled
 * Hibernate Validator gives, at a fraction of the cost; a model type with any other constraint is
 * left to Hibernate Validator. {@code withValidator(...)}, even with {@link #bundledValidator()},
 * always uses the validator given.
 *
 * <p>Whatever the configuration, an unknown property kept in a part must not have the name of one
 * of the part's own properties ({@code property.nameTaken}): written out, the document would have
 * the property twice. Instances are immutable and thread-safe.
 */
public final class ModelValidator {

  private static final ModelValidator STANDARD = new ModelValidator(null, standardChecks());

  /** The Bean Validation validator, or null for the bundled one, which is built on first use. */
  private final Validator validator;

  private final List<DocumentCheck> checks;

  private ModelValidator(Validator validator, List<DocumentCheck> checks) {
    this.validator = validator;
    this.checks = List.copyOf(checks);
  }

  /**
   * {@return the validator: the bundled Hibernate Validator without Expression Language, then the
   * domain rules, the statutory timescales on England and Wales working days, and the privacy scan}
   */
  public static ModelValidator standard() {
    return STANDARD;
  }

  /**
   * {@return the standard checks, in the order they run: the domain rules, the timescales and the
   * privacy scan}
   */
  public static List<DocumentCheck> standardChecks() {
    return List.of(DomainRules.standard(), Timescales.standard(), PersonalDataScanner.standard());
  }

  /**
   * {@return the Bean Validation validator bundled with the library: Hibernate Validator, without
   * Expression Language, without {@code validation.xml}, built on first use and shared}
   */
  public static Validator bundledValidator() {
    return Bundled.VALIDATOR;
  }

  /**
   * {@return this validator, checking constraints with {@code validator} instead, such as an
   * application's own}
   *
   * @param validator a Bean Validation validator
   */
  public ModelValidator withValidator(Validator validator) {
    return new ModelValidator(Objects.requireNonNull(validator, "validator"), checks);
  }

  /**
   * {@return this validator, running {@code checks}, in order, instead of its own}
   *
   * @param checks the checks to run after the constraints
   */
  public ModelValidator withChecks(List<? extends DocumentCheck> checks) {
    Objects.requireNonNull(checks, "checks").forEach(check -> Objects.requireNonNull(check, "check"));
    return new ModelValidator(validator, List.copyOf(checks));
  }

  /**
   * {@return this validator, running {@code check} after its own checks}
   *
   * @param check one more check
   */
  public ModelValidator withCheck(DocumentCheck check) {
    List<DocumentCheck> more = new ArrayList<>(checks);
    more.add(Objects.requireNonNull(check, "check"));
    return new ModelValidator(validator, more);
  }

  /**
   * This validator, working out timescales with {@code timescales}: it takes the place of the
   * timescales check this validator has, or runs after its checks if it has none.
   *
   * @param timescales the timescales to work out deadlines with, such as another calendar's
   * @return a validator like this one with those timescales
   */
  public ModelValidator withTimescales(Timescales timescales) {
    Objects.requireNonNull(timescales, "timescales");
    List<DocumentCheck> replaced = new ArrayList<>();
    checks.forEach(check -> replaced.add(check instanceof Timescales ? timescales : check));
    if (!replaced.contains(timescales)) {
      replaced.add(timescales);
    }
    return new ModelValidator(validator, replaced);
  }

  /** {@return the Bean Validation validator that checks constraints} */
  public Validator getValidator() {
    return validator != null ? validator : bundledValidator();
  }

  /** {@return the checks run after the constraints, in order} */
  public List<DocumentCheck> getChecks() {
    return checks;
  }

  /**
   * Validates a document.
   *
   * @param document the document; not {@code null}
   * @return every problem found, in the order JSON writes the document; valid when it has no errors
   */
  public ValidationReport validate(ReviewDocument document) {
    Objects.requireNonNull(document, "document");
    List<ValidationIssue> issues = new ArrayList<>();
    DocumentParts parts = DocumentParts.of(document);
    if (validator == null && ModelConstraints.supports(document.getClass())) {
      issues.addAll(ModelConstraints.check(parts));
    } else {
      getValidator().validate(document).forEach(v -> issues.add(ConstraintIssues.toIssue(v, Pointer.root())));
    }
    issues.addAll(unknownPropertyNamesTaken(parts));
    for (DocumentCheck check : checks) {
      issues.addAll(check.check(document));
    }
    return ValidationReport.of(issues).ordered(DocumentOrder.of(document.getClass()));
  }

  /**
   * Checks one property's value against the constraints the model declares for it, without
   * building the object that holds it. The JSON reader uses this to report constraint problems
   * alongside structural ones when a document cannot be bound as a whole.
   *
   * @param property the property, of a model type
   * @param value the value as the getter would return it, such as an {@code Optional<String>}
   * @param pointer the JSON Pointer of the property
   * @return the problems found, in no particular order
   */
  public List<ValidationIssue> validateProperty(ModelProperty property, Object value, Pointer pointer) {
    Pointer owner = pointer.parent().orElseThrow(() -> new IllegalArgumentException("A property's pointer has a parent"));
    if (validator == null && ModelConstraints.supports(property)) {
      return ModelConstraints.check(property, value, pointer);
    }
    List<ValidationIssue> issues = new ArrayList<>();
    Class<?> modelType = property.getter().getDeclaringClass();
    getValidator()
        .validateValue(modelType, property.name(), value)
        .forEach(v -> issues.add(ConstraintIssues.toIssue(v, owner)));
    return issues;
  }

  /**
   * Checks the {@link Form} rules of one part, bound on its own from a document that cannot be
   * bound as a whole, so that they are reported with the other problems of such a document.
   *
   * @param part the part, of a model type annotated {@link Form}
   * @param pointer where the part sits
   * @return the rules it breaks, each at its place
   */
  public List<ValidationIssue> validateForm(Extensible part, Pointer pointer) {
    if (validator == null && ModelConstraints.supports(part.getClass())) {
      return ModelConstraints.form(new Located<>(part, pointer));
    }
    List<ValidationIssue> issues = new ArrayList<>();
    getValidator().validate(part).stream()
        .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof Form)
        .forEach(v -> issues.add(ConstraintIssues.toIssue(v, pointer)));
    return issues;
  }

  /** Unknown properties kept in a part that have the name of one of the part's own properties. */
  private static List<ValidationIssue> unknownPropertyNamesTaken(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (DocumentParts.UnknownValue unknown : parts.unknownProperties()) {
      if (unknown.type().property(unknown.name()).isPresent()) {
        issues.add(
            ValidationIssue.of(
                IssueCode.PROPERTY_NAME_TAKEN,
                unknown.pointer(),
                "an unknown property must not have the name of one of the model's properties"));
      }
    }
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

  /** Builds the bundled Bean Validation validator on first use, not when the class loads. */
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
