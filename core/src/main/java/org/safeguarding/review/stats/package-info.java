/** Counting across many documents: {@link org.safeguarding.review.stats.CorpusStatistics}. */
package org.safeguarding.review.stats;
