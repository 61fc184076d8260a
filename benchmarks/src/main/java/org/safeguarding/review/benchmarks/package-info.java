/**
 * JMH benchmarks of reading, binding, writing and validating learning summaries, the
 * deterministic documents they run on ({@link org.safeguarding.review.benchmarks.Documents}), and
 * a generator of large NDJSON batches ({@link org.safeguarding.review.benchmarks.NdjsonBatch}).
 *
 * <p>Run them from the shaded jar, {@code java -jar benchmarks/target/benchmarks.jar}; see the
 * README.
 */
package org.safeguarding.review.benchmarks;
