/**
 * The model's JSON shape, read once from its generated metamodel and its getters: {@link
 * org.safeguarding.review.metadata.ModelType} and {@link
 * org.safeguarding.review.metadata.ModelProperty} say each type's JSON property names, in order,
 * whether each is required, what kind of value it holds and whether it is free text; {@link
 * org.safeguarding.review.metadata.ModelWalker} visits a document with JSON Pointers; {@link
 * org.safeguarding.review.metadata.DocumentOrder} orders pointers as the document has them.
 *
 * <p>Every reader, check and the schema generator take property names from here.
 */
package org.safeguarding.review.metadata;
