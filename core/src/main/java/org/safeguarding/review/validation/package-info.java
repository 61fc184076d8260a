/**
 * Validation of a document built in the model: {@link
 * org.safeguarding.review.validation.ModelValidator} runs a Bean Validation validator (by default
 * the bundled Hibernate Validator without Expression Language) over the model's constraint
 * annotations, then a list of {@link org.safeguarding.review.check.DocumentCheck}s (by default the
 * domain rules, the timescales and the privacy scan), and gives one report in document order.
 */
package org.safeguarding.review.validation;
