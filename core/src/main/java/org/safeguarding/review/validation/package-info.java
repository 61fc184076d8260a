/**
 * Validation of a document built in the model: {@link
 * org.safeguarding.review.validation.ModelValidator} checks the model's constraints with a {@link
 * org.safeguarding.review.validation.ConstraintEngine} (the library's own, or any Bean Validation
 * validator), then runs a list of {@link org.safeguarding.review.check.DocumentCheck}s on the same
 * walk of the document's parts, and gives one report in document order. Which checks are standard
 * is decided above this package, in {@code org.safeguarding.review.standard}.
 */
package org.safeguarding.review.validation;
