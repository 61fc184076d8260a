/**
 * What checking a document reports: {@link org.safeguarding.review.report.ValidationReport}, a list
 * of {@link org.safeguarding.review.report.ValidationIssue}s, each with a {@link
 * org.safeguarding.review.report.Severity}, a typed {@link org.safeguarding.review.report.IssueCode}
 * of an {@link org.safeguarding.review.report.IssueCategory}, a JSON {@link
 * org.safeguarding.review.report.Pointer} and a plain message.
 *
 * <p>This package sits at the bottom, beside the model: every reader and check reports in its
 * terms, and it depends on nothing else of the library.
 */
package org.safeguarding.review.report;
