package org.safeguarding.review.validation;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.metadata.DocumentOrder;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueCollector;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;

/**
 * Validates a document built in code or read from JSON: its constraints, checked by a {@link
 * ConstraintEngine}, then each of its {@link DocumentCheck}s, all on one walk of the document's
 * parts. Every problem is reported at once, in the order of the document.
 *
 * <p>A validator is made from parts: {@link #of(ConstraintEngine, List)} takes the engine and the
 * checks, {@link #withConstraints(ConstraintEngine)} or {@link #withValidator(Validator)} another
 * engine (such as an application's own Bean Validation validator), {@link #withChecks(List)} or
 * {@link #withCheck(DocumentCheck)} other checks. The standard validator, with the library's domain
 * rules, timescales and privacy scan, is assembled by {@code Standard.validator()}. Every reader
 * given a validator ({@code ReviewJson.withValidator}, {@code DocumentValidator}, the command line)
 * uses it for every document it reads.
 *
 * <p>Whatever the configuration, an unknown property kept in a part must not have the name of one
 * of the part's own properties ({@link #PROPERTY_NAME_TAKEN}): written out, the document would have
 * the property twice. Instances are immutable and thread-safe.
 */
public final class ModelValidator {

  /** An unknown property kept in a part has the name of one of the part's own properties. */
  public static final IssueCode PROPERTY_NAME_TAKEN =
      IssueCode.of(
          "property.nameTaken",
          IssueCategory.STRUCTURE,
          Severity.ERROR,
          "an unknown property kept by the lenient reader has the name of one of the part's own properties");

  private final ConstraintEngine constraints;
  private final List<DocumentCheck> checks;

  private ModelValidator(ConstraintEngine constraints, List<DocumentCheck> checks) {
    this.constraints = Objects.requireNonNull(constraints, "constraints");
    Objects.requireNonNull(checks, "checks").forEach(check -> Objects.requireNonNull(check, "check"));
    this.checks = List.copyOf(checks);
  }

  /**
   * {@return a validator that checks constraints with {@code constraints}, then runs {@code checks},
   * in order}
   *
   * @param constraints the engine that checks the model's constraints
   * @param checks the checks to run after the constraints
   */
  public static ModelValidator of(ConstraintEngine constraints, List<? extends DocumentCheck> checks) {
    return new ModelValidator(constraints, List.copyOf(checks));
  }

  /**
   * {@return this validator, checking constraints with {@code constraints} instead}
   *
   * @param constraints the engine
   */
  public ModelValidator withConstraints(ConstraintEngine constraints) {
    return new ModelValidator(constraints, checks);
  }

  /**
   * {@return this validator, checking constraints with {@code validator} instead, such as an
   * application's own}
   *
   * @param validator a Bean Validation validator
   */
  public ModelValidator withValidator(Validator validator) {
    return withConstraints(ConstraintEngine.of(validator));
  }

  /**
   * {@return this validator, running {@code checks}, in order, instead of its own}
   *
   * @param checks the checks to run after the constraints
   */
  public ModelValidator withChecks(List<? extends DocumentCheck> checks) {
    return new ModelValidator(constraints, List.copyOf(checks));
  }

  /**
   * {@return this validator, running {@code check} after its own checks}
   *
   * @param check one more check
   */
  public ModelValidator withCheck(DocumentCheck check) {
    List<DocumentCheck> more = new ArrayList<>(checks);
    more.add(Objects.requireNonNull(check, "check"));
    return new ModelValidator(constraints, more);
  }

  /** {@return the engine that checks constraints} */
  public ConstraintEngine getConstraints() {
    return constraints;
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
    List<ValidationIssue> issues = new ArrayList<>();
    collect(document, issues::addAll);
    return ValidationReport.of(issues).ordered(DocumentOrder.of(document.getClass()));
  }

  /**
   * Validates a document into a collector, which keeps the first of its issues, in the
   * collector's order, and counts the rest as each check gives them: the issues kept are those
   * {@link #validate(ReviewDocument)} gives first, and no list of every issue is made or sorted.
   *
   * @param document the document; not {@code null}
   * @param issues the collector of the document's issues, such as one in the order of its input
   */
  public void validate(ReviewDocument document, IssueCollector issues) {
    Objects.requireNonNull(issues, "issues");
    collect(document, issues::addAll);
  }

  /** Gives the issues of the constraints, the unknown properties' names and each check, in turn. */
  private void collect(ReviewDocument document, Consumer<List<ValidationIssue>> issues) {
    DocumentParts parts = DocumentParts.of(Objects.requireNonNull(document, "document"));
    issues.accept(constraints.check(parts));
    issues.accept(unknownPropertyNamesTaken(parts));
    for (DocumentCheck check : checks) {
      issues.accept(check.check(parts));
    }
  }

  /** Unknown properties kept in a part that have the name of one of the part's own properties. */
  private static List<ValidationIssue> unknownPropertyNamesTaken(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (DocumentParts.UnknownValue unknown : parts.unknownProperties()) {
      if (unknown.type().property(unknown.name()).isPresent()) {
        issues.add(
            ValidationIssue.of(
                PROPERTY_NAME_TAKEN,
                unknown.pointer(),
                "an unknown property must not have the name of one of the model's properties"));
      }
    }
    return issues;
  }
}
