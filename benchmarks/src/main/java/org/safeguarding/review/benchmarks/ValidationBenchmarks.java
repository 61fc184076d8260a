package org.safeguarding.review.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.schema.DocumentValidator;
import org.safeguarding.review.schema.SchemaValidator;
import org.safeguarding.review.standard.Standard;

/**
 * What checking a valid document costs: the model's checks on a bound document, the JSON Schema
 * alone on bytes, the full pipeline on bytes, and the codec's own checked read. Issue 15's goal
 * compares {@link #validateDocument} on the medium document with {@link ReadBenchmarks#skimTokens}.
 *
 * <p>These take longer to reach a steady state than reading does (the model's checks and the
 * schema validator run much more code), so they warm up for longer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidationBenchmarks {

  /** The model's constraints, domain rules, timescales and privacy scan, on the document already built. */
  @Benchmark
  public ValidationReport validateModel(DocumentState state) {
    return Standard.validator().validate(state.document);
  }

  /** The JSON Schema alone, from bytes. */
  @Benchmark
  public ValidationReport validateSchema(DocumentState state) {
    return SchemaValidator.standard().validate(JsonInput.of(state.json));
  }

  /** The full pipeline from bytes: the checked read, structure check, binding and the model's checks. */
  @Benchmark
  public ReadResult<ReviewDocument> validateDocument(DocumentState state) {
    return DocumentValidator.strict().validate(JsonInput.of(state.json));
  }

  /** The codec's checked read from bytes: structure, binding and the model's checks. */
  @Benchmark
  public ReadResult<LearningSummary> parseWithCodec(DocumentState state) {
    return ReviewJson.strict().parse(JsonInput.of(state.json), LearningSummary.class);
  }
}
