/**
 * What checking a document reports: {@link org.safeguarding.review.report.ValidationReport}, a list
 * of {@link org.safeguarding.review.report.ValidationIssue}s, each with a {@link
 * org.safeguarding.review.report.Severity}, a typed {@link org.safeguarding.review.report.IssueCode}
 * of an {@link org.safeguarding.review.report.IssueCategory}, a JSON {@link
 * org.safeguarding.review.pointer.Pointer} and a plain message.
 *
 * <p>This package sits at the bottom, above only {@code pointer}: the model's own form rules, every
 * reader and every check report in its terms.
 */
package org.safeguarding.review.report;
