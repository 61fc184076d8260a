/**
 * The published JSON Schemas of the Safeguarding Review Model, {@code SchemaValidator} and the full
 * {@code DocumentValidator}, and the schemas' generator.
 *
 * <p>The model's module comes with it ({@code requires transitive}). The schema generator's
 * libraries are needed only to generate the schemas, as the build does. The module is open, as
 * the model's is.
 */
open module org.safeguarding.review.schema {
  requires transitive org.safeguarding.review;
  requires com.networknt.schema;
  requires static com.fasterxml.classmate;
  requires static com.github.victools.jsonschema.generator;
  requires static com.github.victools.jsonschema.module.jackson;
  requires static com.github.victools.jsonschema.module.jakarta.validation;

  exports org.safeguarding.review.schema;
  exports org.safeguarding.review.schema.generation;
}
