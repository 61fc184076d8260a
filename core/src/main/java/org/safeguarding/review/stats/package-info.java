/**
 * Counting across many documents: {@link org.safeguarding.review.stats.CorpusStatistics}, an
 * accumulator of every {@link org.safeguarding.review.stats.Statistic} as {@link
 * org.safeguarding.review.stats.Frequency} rows, most frequent first, with children's ages in
 * {@link org.safeguarding.review.stats.AgeBand}s.
 */
package org.safeguarding.review.stats;
