/**
 * The domain rules: what relates one part of a document to another ({@link
 * org.safeguarding.review.rules.DomainRules}), a {@link org.safeguarding.review.check.DocumentCheck}.
 */
package org.safeguarding.review.rules;
