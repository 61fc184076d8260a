/**
 * The Safeguarding Review Model: immutable, validated types for England's child safeguarding case
 * reviews and the learning documents published from them.
 *
 * <p>Two exchange documents implement {@link org.safeguarding.review.ReviewDocument}:
 * {@link org.safeguarding.review.RapidReview}, what a safeguarding partnership sends to the Child
 * Safeguarding Practice Review Panel, and {@link org.safeguarding.review.LearningSummary}, a
 * published learning summary, 7-minute briefing, learning briefing or audit briefing. Everything
 * else in this package is a part of one of them.
 *
 * <p>Every type is immutable and built with its static {@code builder()}. Builders reject a missing
 * required attribute and {@code null} with an unchecked exception; every other rule (lengths,
 * patterns, dates in order, links between parts) is checked by
 * {@link org.safeguarding.review.validation.ModelValidator}, which reports all problems at once.
 * Accessors never return {@code null}: absent values are empty {@link java.util.Optional}s or empty
 * lists.
 *
 * <p>Children are never identified: a subject has a pseudonym and an {@link
 * org.safeguarding.review.Age}, never a name or a date of birth.
 */
@ModelStyle
package org.safeguarding.review;
