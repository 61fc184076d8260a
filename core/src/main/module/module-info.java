/**
 * The Safeguarding Review Model: the model of child safeguarding case reviews, its metamodel, JSON
 * Pointers, the validation report, the checks, validation, the JSON codec, rendering and
 * statistics.
 *
 * <p>Jackson 3's databind and Jakarta Validation come with it ({@code requires transitive}): the
 * API takes and gives Jackson's {@code JsonNode}, and the model's getters carry Jakarta
 * Validation's constraints. The module is open, so that Jackson, Hibernate Validator and an
 * application's own validator can read the model by reflection, as on the class path.
 */
@SuppressWarnings("requires-automatic") // Immutables, at build time only
open module org.safeguarding.review {
  requires transitive jakarta.validation;
  requires transitive tools.jackson.databind;
  requires org.hibernate.validator;
  requires static java.compiler;
  requires static org.immutables.value.annotations;

  exports org.safeguarding.review;
  exports org.safeguarding.review.check;
  exports org.safeguarding.review.io;
  exports org.safeguarding.review.json;
  exports org.safeguarding.review.metadata;
  exports org.safeguarding.review.national;
  exports org.safeguarding.review.pointer;
  exports org.safeguarding.review.privacy;
  exports org.safeguarding.review.render;
  exports org.safeguarding.review.report;
  exports org.safeguarding.review.rules;
  exports org.safeguarding.review.standard;
  exports org.safeguarding.review.stats;
  exports org.safeguarding.review.timescale;
  exports org.safeguarding.review.validation;

  provides jakarta.validation.ConstraintValidator with
      org.safeguarding.review.validation.FormValidator,
      org.safeguarding.review.validation.TextValidator;
}
