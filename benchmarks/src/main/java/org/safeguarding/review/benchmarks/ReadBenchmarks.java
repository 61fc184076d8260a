package org.safeguarding.review.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.benchmarks.plain.PlainLearningSummary;
import org.safeguarding.review.json.JsonMappers;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * What reading JSON costs before any validation: a token skim (the floor for any reader of the
 * same bytes), a tree, binding to the model, and binding to plain classes of the same shape. All
 * use a mapper configured as the codec's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReadBenchmarks {

  /** Reads every token and nothing more; returns how many there were. */
  @Benchmark
  public int skimTokens(DocumentState state, Blackhole blackhole) {
    int tokens = 0;
    try (JsonParser parser = JsonMappers.standard().createParser(state.json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        blackhole.consume(token);
        tokens++;
      }
    }
    return tokens;
  }

  /** Reads the JSON as a Jackson tree. */
  @Benchmark
  public JsonNode readTree(DocumentState state) {
    return JsonMappers.standard().readTree(state.json);
  }

  /** Binds the JSON to the model, without the codec's checks or validation. */
  @Benchmark
  public LearningSummary bindModel(DocumentState state) {
    return JsonMappers.standard().readValue(state.json, LearningSummary.class);
  }

  /** Binds the JSON to plain mutable classes of the same shape, the reference for binding. */
  @Benchmark
  public PlainLearningSummary bindPlainClasses(DocumentState state) {
    return JsonMappers.standard().readValue(state.json, PlainLearningSummary.class);
  }
}
