package org.safeguarding.review.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.schema.DocumentValidator;
import org.safeguarding.review.server.Verdicts;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.validation.ModelValidator;

/**
 * The verdicts {@code srm serve} answers with, made as {@code srm validate}, {@code render},
 * {@code stats} and {@code schema} make them, and written by the same {@link IssueWriter}: a
 * request's body is what those commands read from standard input, and each NDJSON batch is read
 * on the request's own thread.
 */
final class ServiceVerdicts implements Verdicts {

  /** Validators made for other options are kept, up to this many; more are made per request. */
  private static final int KEPT_VALIDATORS = 64;

  private final ModelValidator validator;
  private final Map<Map.Entry<Boolean, ReadLimits>, DocumentValidator> validators = new ConcurrentHashMap<>();

  ServiceVerdicts(ModelValidator validator) {
    this.validator = validator;
  }

  @Override
  public Report validate(byte[] document, CheckOptions options) {
    return report(validator(options.lenient(), options.limits()).validate(JsonInput.of(document)).report(), options.failOnWarning());
  }

  @Override
  public void validateBatch(InputStream batch, CheckOptions options, OutputStream out) throws IOException {
    DocumentValidator documents = validator(options.lenient(), options.limits());
    PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    IssueWriter writer = IssueWriter.jsonWithoutFiles(text);
    try (RecordValidation<ValidationReport> records = new RecordValidation<>(ValidateCommand.reporting(documents), options.limits(), 1)) {
      records.batch(Inputs.Input.stdin(), batch, writer);
    }
    // Closed only when the batch was read whole: a batch cut short is not answered as a finished report.
    writer.close();
  }

  @Override
  public Rendering render(byte[] document, RenderFormat format, ReadLimits limits) {
    ReadResult<ReviewDocument> result = validator(false, limits).validate(JsonInput.of(document));
    Report report = report(result.report(), false);
    if (!result.isValid()) {
      return new Rendering(Optional.empty(), report);
    }
    String text = RenderCommand.text(MarkdownRenderer.standard(), result.document().orElseThrow(), format == RenderFormat.html);
    return new Rendering(Optional.of(text), report);
  }

  @Override
  public String stats(InputStream batch, ReadLimits limits) throws IOException {
    CorpusStatistics statistics = new CorpusStatistics();
    try (RecordValidation<CorpusStatistics> records = new RecordValidation<>(StatsCommand.counting(validator(true, limits)), limits, 1)) {
      records.batch(Inputs.Input.stdin(), batch, (file, line, one) -> statistics.combine(one));
    }
    return StatsJson.of(statistics);
  }

  @Override
  public Optional<byte[]> schema(String name) {
    return SchemaCommand.schema(name);
  }

  /** One document's report, as JSON. */
  private static Report report(ValidationReport report, boolean failOnWarning) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    IssueWriter writer = IssueWriter.jsonWithoutFiles(out);
    writer.result("", 0, report);
    writer.close();
    return new Report(bytes.toByteArray(), valid(writer, failOnWarning));
  }

  /** Whether the documents written are valid, as {@code srm validate}'s exit status says. */
  private static boolean valid(IssueWriter writer, boolean failOnWarning) {
    return writer.invalid() == 0 && !(failOnWarning && writer.warnings() > 0);
  }

  /** The validator {@code srm validate} would use with these options. */
  private DocumentValidator validator(boolean lenient, ReadLimits limits) {
    Map.Entry<Boolean, ReadLimits> key = Map.entry(lenient, limits);
    DocumentValidator kept = validators.get(key);
    if (kept != null) {
      return kept;
    }
    DocumentValidator made = (lenient ? DocumentValidator.lenient() : DocumentValidator.strict()).withLimits(limits).withValidator(validator);
    if (validators.size() < KEPT_VALIDATORS) {
      validators.putIfAbsent(key, made);
    }
    return made;
  }
}
