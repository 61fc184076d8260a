package org.safeguarding.review.validation;

import jakarta.validation.Validator;
import java.util.List;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.ValidationIssue;

/**
 * What checks the constraints the model declares on its getters and types ({@code @NotNull}, {@code
 * Text}, {@code @Pattern}, {@code @Size}, ranges, and the form rules of {@code Form}), reporting
 * each broken one as an issue at its JSON Pointer.
 *
 * <p>Two engines give the same issues: {@link #standard()}, the library's own, which checks the
 * model's constraints straight from its metadata in the walk the other checks use; and {@link
 * #of(Validator)}, any Bean Validation validator, such as an application's own. Implementations
 * are thread-safe.
 */
public interface ConstraintEngine {

  /**
   * {@return the constraint problems of every part of a document, in any order}
   *
   * @param parts the document's parts, walked once
   */
  List<ValidationIssue> check(DocumentParts parts);

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
  List<ValidationIssue> checkProperty(ModelProperty property, Object value, Pointer pointer);

  /**
   * Checks the form rules of one part, bound on its own from a document that cannot be bound as a
   * whole, so that they are reported with the other problems of such a document.
   *
   * @param part the part, at its place
   * @return the rules it breaks, each at its place
   */
  List<ValidationIssue> checkForm(Located<? extends Extensible> part);

  /**
   * {@return the library's own engine: the model's constraints checked from its metadata, as the
   * bundled Hibernate Validator without Expression Language checks them, with the same issues; a
   * model type with a constraint of any other kind is left to that validator}
   */
  static ConstraintEngine standard() {
    return ModelConstraints.STANDARD;
  }

  /**
   * {@return an engine that checks constraints with {@code validator}, such as an application's own
   * (Spring's, say), or {@link #bundledValidator()}}
   *
   * @param validator a Bean Validation validator
   */
  static ConstraintEngine of(Validator validator) {
    return new BeanValidationConstraints(validator);
  }

  /**
   * {@return the Bean Validation validator bundled with the library: Hibernate Validator, without
   * Expression Language, without {@code validation.xml}, built on first use and shared}
   */
  static Validator bundledValidator() {
    return BeanValidationConstraints.bundled();
  }
}
