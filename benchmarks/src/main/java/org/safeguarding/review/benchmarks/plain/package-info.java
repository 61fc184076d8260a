/**
 * Plain mutable Java classes of the same shape as a {@link
 * org.safeguarding.review.LearningSummary}, the reference for what binding JSON costs without the
 * model: public fields in JSON order, {@code null} for absent values and lists, the model's
 * enumerations, {@code LocalDate} where the model has one, and plain strings for themes and
 * partial dates. They carry no constraints and are never validated.
 */
package org.safeguarding.review.benchmarks.plain;
