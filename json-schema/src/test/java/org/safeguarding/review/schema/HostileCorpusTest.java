package org.safeguarding.review.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.JsonTree;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.testing.EntryPointFailures;
import org.safeguarding.review.testing.ExpectedIssue;
import org.safeguarding.review.testing.HostileCase;
import org.safeguarding.review.testing.HostileCorpus;
import org.safeguarding.review.testing.Outcome;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile corpus ({@link HostileCorpus}) validated by {@link SchemaValidator} and {@link
 * DocumentValidator}, from bytes, text and a stream: each gives a report with the expected errors,
 * never an exception, an error of the JVM or a hang, and no message repeats the input.
 */
@Tag("slow")
class HostileCorpusTest {

  /** Far above the time any case needs; only a hang breaks it. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(2);

  private static final SchemaValidator SCHEMA = SchemaValidator.standard();
  private static final DocumentValidator DOCUMENTS = DocumentValidator.strict();

  /** The categories of a problem with the JSON's form, which leaves no document to bind. */
  private static final Set<IssueCategory> FORM = Set.of(IssueCategory.READING, IssueCategory.LIMIT, IssueCategory.HEADER, IssueCategory.STRUCTURE);

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
    Outcome alone = c.schemaAloneOutcome();
    EntryPointFailures failures = new EntryPointFailures();

    failures.call("SchemaValidator.validate(byte[])", () -> type.isPresent() ? SCHEMA.validate(JsonInput.of(input), type.get()) : SCHEMA.validate(JsonInput.of(input)))
        .ifPresent(report -> failures.checkReport("SchemaValidator.validate(byte[])", alone, report, alone.valid()));
    failures.call("SchemaValidator.validate(InputStream)",
            () -> type.isPresent() ? SCHEMA.validate(JsonInput.of(new ByteArrayInputStream(input)), type.get()) : SCHEMA.validate(JsonInput.of(new ByteArrayInputStream(input))))
        .ifPresent(report -> failures.checkReport("SchemaValidator.validate(InputStream)", alone, report, alone.valid()));
    failures.call("DocumentValidator.validate(byte[])", () -> DOCUMENTS.validate(JsonTree.reader(ReadLimits.defaults()).read(JsonInput.of(input)), type))
        .ifPresent(result -> check(failures, "DocumentValidator.validate(byte[])", outcome, alone, result));
    if (type.isEmpty()) {
      failures.call("DocumentValidator.validate(InputStream)", () -> DOCUMENTS.validate(JsonInput.of(new ByteArrayInputStream(input))))
          .ifPresent(result -> check(failures, "DocumentValidator.validate(InputStream)", outcome, alone, result));
    }

    if (c.asText().isPresent()) {
      // Text reads as the bytes do, except where the case says otherwise (a byte order mark).
      Outcome textOutcome = c.asText().get().equals(c.outcome()) ? outcome : c.asText().get();
      Outcome textAlone = c.asText().get().equals(c.outcome()) ? alone : c.asText().get();
      String text = new String(input, StandardCharsets.UTF_8);
      failures.call("SchemaValidator.validate(String)", () -> type.isPresent() ? SCHEMA.validate(JsonInput.of(text), type.get()) : SCHEMA.validate(JsonInput.of(text)))
          .ifPresent(report -> failures.checkReport("SchemaValidator.validate(String)", textAlone, report, textAlone.valid()));
      if (type.isEmpty()) {
        failures.call("DocumentValidator.validate(String)", () -> DOCUMENTS.validate(JsonInput.of(text)))
            .ifPresent(result -> check(failures, "DocumentValidator.validate(String)", textOutcome, textAlone, result));
      }
    }
    return failures.list();
  }

  /** A tree made elsewhere, nested 100,000 deep, is refused rather than walked until the stack runs out. */
  @Test
  void aTreeMadeElsewhereNested100000DeepGivesATypedError() {
    ObjectNode tree = JsonNodeFactory.instance.objectNode().put("documentType", "LearningSummary");
    ArrayNode array = tree.putArray("keywords");
    for (int i = 0; i < 100_000; i++) {
      array = array.addArray();
    }
    Outcome outcome = Outcome.errors(ExpectedIssue.somewhere(IssueCode.JSON_LIMIT_EXCEEDED, "/keywords(/0)*"));
    EntryPointFailures failures = new EntryPointFailures();

    assertTimeoutPreemptively(HANG_GUARD, () -> {
      failures.call("SchemaValidator.validate(JsonNode)", () -> SCHEMA.validate(JsonInput.of(tree)))
          .ifPresent(report -> failures.checkReport("SchemaValidator.validate(JsonNode)", outcome, report, false));
      failures.call("DocumentValidator.validate(JsonNode)", () -> DOCUMENTS.validate(JsonInput.of(tree)))
          .ifPresent(result -> check(failures, "DocumentValidator.validate(JsonNode)", outcome, outcome, result));
    });

    assertThat(failures.list()).isEmpty();
  }

  /**
   * A document is bound when its JSON has the model's form, whatever its constraints, domain rules
   * and privacy scan say; one the schema rejects for its form (reading, limits, header, structure)
   * must not be.
   */
  private static void check(EntryPointFailures failures, String entry, Outcome outcome, Outcome alone, ReadResult<ReviewDocument> result) {
    failures.checkReport(entry, outcome, result.report(), result.document().isPresent());
    boolean formBroken = alone.errors().stream().anyMatch(error -> error.codes().stream().anyMatch(code -> FORM.contains(code.category())));
    if (result.document().isPresent() && formBroken) {
      failures.add(entry + ": bound a document the schema rejects");
    }
  }
}
