package org.safeguarding.review.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguarding.review.json.ReviewJson;

/** What writing a document as compact JSON costs with the codec. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class WriteBenchmarks {

  /** Writes the document as compact UTF-8 JSON. */
  @Benchmark
  public byte[] writeBytes(DocumentState state) {
    return ReviewJson.strict().writeBytes(state.document);
  }
}
