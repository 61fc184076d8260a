/**
 * The generator of the published JSON Schemas: {@link
 * org.safeguarding.review.schema.generation.SchemaGenerator} writes them from the model's metadata
 * with victools jsonschema-generator, an optional dependency of this module.
 */
package org.safeguarding.review.schema.generation;
