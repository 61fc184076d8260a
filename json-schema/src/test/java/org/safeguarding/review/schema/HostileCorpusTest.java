package org.safeguarding.review.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonTree;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.testing.ExpectedIssue;
import org.safeguarding.review.testing.HostileCase;
import org.safeguarding.review.testing.HostileCorpus;
import org.safeguarding.review.testing.Outcome;
import org.safeguarding.review.validation.Codes;
import org.safeguarding.review.validation.ValidationReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile corpus ({@link HostileCorpus}) validated by {@link SchemaValidator} and {@link
 * DocumentValidator}, from bytes, text and a stream: each gives a report with the expected errors,
 * never an exception, an error of the JVM or a hang, and no message repeats the input.
 */
class HostileCorpusTest {

  /** Far above the time any case needs; only a hang breaks it. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(2);

  private static final SchemaValidator SCHEMA = SchemaValidator.standard();
  private static final DocumentValidator DOCUMENTS = DocumentValidator.strict();

  static Stream<HostileCase> cases() {
    return HostileCorpus.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void bothValidatorsGiveTheExpectedReport(HostileCase c) {
    List<String> failures = assertTimeoutPreemptively(HANG_GUARD, () -> validateEveryWay(c), () -> c.name() + " did not finish within " + HANG_GUARD);
    assertThat(failures).as(c.name() + ": " + c.about()).isEmpty();
  }

  private static List<String> validateEveryWay(HostileCase c) {
    byte[] input = c.input().get();
    Optional<DocumentType> type = c.requestedType();
    Outcome outcome = c.schemaOutcome();
    List<String> failures = new ArrayList<>();

    call(failures, "SchemaValidator.validate(byte[])", () -> type.isPresent() ? SCHEMA.validate(input, type.get()) : SCHEMA.validate(input))
        .ifPresent(report -> check(failures, "SchemaValidator.validate(byte[])", outcome, report, outcome.valid()));
    call(failures, "SchemaValidator.validate(InputStream)",
            () -> type.isPresent() ? SCHEMA.validate(new ByteArrayInputStream(input), type.get()) : SCHEMA.validate(new ByteArrayInputStream(input)))
        .ifPresent(report -> check(failures, "SchemaValidator.validate(InputStream)", outcome, report, outcome.valid()));
    call(failures, "DocumentValidator.validate(byte[])", () -> DOCUMENTS.validate(JsonTree.read(input), type))
        .ifPresent(result -> check(failures, "DocumentValidator.validate(byte[])", outcome, result));
    if (type.isEmpty()) {
      call(failures, "DocumentValidator.validate(InputStream)", () -> DOCUMENTS.validate(new ByteArrayInputStream(input)))
          .ifPresent(result -> check(failures, "DocumentValidator.validate(InputStream)", outcome, result));
    }

    if (c.asText().isPresent()) {
      // Text reads as the bytes do, except where the case says otherwise (a byte order mark).
      Outcome textOutcome = c.asText().get().equals(c.outcome()) ? outcome : c.asText().get();
      String text = new String(input, StandardCharsets.UTF_8);
      call(failures, "SchemaValidator.validate(String)", () -> type.isPresent() ? SCHEMA.validate(text, type.get()) : SCHEMA.validate(text))
          .ifPresent(report -> check(failures, "SchemaValidator.validate(String)", textOutcome, report, textOutcome.valid()));
      if (type.isEmpty()) {
        call(failures, "DocumentValidator.validate(String)", () -> DOCUMENTS.validate(text))
            .ifPresent(result -> check(failures, "DocumentValidator.validate(String)", textOutcome, result));
      }
    }
    return failures;
  }

  /** A tree made elsewhere, nested 100,000 deep, is refused rather than walked until the stack runs out. */
  @Test
  void aTreeMadeElsewhereNested100000DeepGivesATypedError() {
    ObjectNode tree = JsonNodeFactory.instance.objectNode().put("documentType", "LearningSummary");
    ArrayNode array = tree.putArray("keywords");
    for (int i = 0; i < 100_000; i++) {
      array = array.addArray();
    }
    Outcome outcome = Outcome.errors(ExpectedIssue.somewhere(Codes.JSON_LIMIT_EXCEEDED, "/keywords(/0)*"));
    List<String> failures = new ArrayList<>();

    assertTimeoutPreemptively(HANG_GUARD, () -> {
      call(failures, "SchemaValidator.validate(JsonNode)", () -> SCHEMA.validate(tree))
          .ifPresent(report -> check(failures, "SchemaValidator.validate(JsonNode)", outcome, report, false));
      call(failures, "DocumentValidator.validate(JsonNode)", () -> DOCUMENTS.validate(tree))
          .ifPresent(result -> check(failures, "DocumentValidator.validate(JsonNode)", outcome, result));
    });

    assertThat(failures).isEmpty();
  }

  private static void check(List<String> failures, String entry, Outcome outcome, ReadResult<ReviewDocument> result) {
    check(failures, entry, outcome, result.report(), result.document().isPresent());
    if (result.document().isPresent() && !outcome.valid()) {
      failures.add(entry + ": bound a document the schema rejects");
    }
  }

  private static void check(List<String> failures, String entry, Outcome outcome, ValidationReport report, boolean documentPresent) {
    outcome.differences(report, documentPresent).forEach(d -> failures.add(entry + ": " + d));
    report.issues().stream()
        .filter(issue -> issue.code().isBlank() || issue.message().isBlank())
        .forEach(issue -> failures.add(entry + ": an issue without a code or message: " + issue));
    HostileCorpus.leaks(report).forEach(leak -> failures.add(entry + ": a message repeats the input: " + leak));
  }

  /** Calls one entry point; anything it throws, errors of the JVM included, is recorded as a failure. */
  private static <T> Optional<T> call(List<String> failures, String entry, ThrowingSupplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (Throwable e) {
      failures.add(entry + " threw " + e);
      return Optional.empty();
    }
  }
}
