package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.ReviewDocument;
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
 * The hostile corpus ({@link HostileCorpus}) read by {@link ReviewJson}: from bytes, a stream, a
 * reader and text, {@code parse} gives the expected report and {@code read} a {@link
 * DocumentReadException} carrying the same report, never another exception, an error of the JVM or
 * a hang; and no message repeats the input. Large inputs are read in this JVM with its default
 * heap: the reading limits must refuse them in bounded time and memory.
 */
@Tag("slow")
class HostileCorpusTest {

  /** Far above the time any case needs (well under a second); only a hang breaks it. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(2);

  private static final ReviewJson STRICT = ReviewJson.strict();
  private static final JsonTree.TreeReader TREES = JsonTree.reader(ReadLimits.defaults());

  static Stream<HostileCase> cases() {
    return HostileCorpus.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyEntryPointGivesTheExpectedTypedResult(HostileCase c) {
    List<String> failures = assertTimeoutPreemptively(HANG_GUARD, () -> readEveryWay(c), () -> c.name() + " did not finish within " + HANG_GUARD);
    assertThat(failures).as(c.name() + ": " + c.about()).isEmpty();
  }

  private static List<String> readEveryWay(HostileCase c) {
    byte[] input = c.input().get();
    EntryPointFailures failures = new EntryPointFailures();

    Optional<ReadResult<? extends ReviewDocument>> bytes = failures.call("parse(byte[])", () -> STRICT.parse(JsonInput.of(input), c.readAs()));
    bytes.ifPresent(result -> check(failures, "parse(byte[])", c.outcome(), result));

    failures.call("parse(InputStream)", () -> STRICT.parse(JsonInput.of(new ByteArrayInputStream(input)), c.readAs()))
        .ifPresent(result -> check(failures, "parse(InputStream)", c.outcome(), result));

    if (c.asText().isPresent()) {
      String text = new String(input, StandardCharsets.UTF_8);
      failures.call("parse(String)", () -> STRICT.parse(JsonInput.of(text), c.readAs()))
          .ifPresent(result -> check(failures, "parse(String)", c.asText().get(), result));
      failures.call("parse(Reader)", () -> STRICT.parse(JsonInput.of(new StringReader(text)), c.readAs()))
          .ifPresent(result -> check(failures, "parse(Reader)", c.asText().get(), result));
    }

    failures.call("read(byte[])", () -> Read.of(() -> STRICT.read(JsonInput.of(input), c.readAs())))
        .ifPresent(read -> bytes.ifPresent(parsed -> checkRead(failures, c.outcome(), parsed, read)));
    return failures.list();
  }

  /**
   * A tree made elsewhere, nested far deeper than any reader here would allow, is refused by the
   * nesting limit rather than walked until the stack runs out.
   */
  @Test
  void aTreeMadeElsewhereNested100000DeepGivesATypedError() {
    ObjectNode tree = JsonNodeFactory.instance.objectNode().put("documentType", "LearningSummary");
    ArrayNode array = tree.putArray("keywords");
    for (int i = 0; i < 100_000; i++) {
      array = array.addArray();
    }
    EntryPointFailures failures = new EntryPointFailures();
    Outcome outcome = Outcome.errors(ExpectedIssue.somewhere(IssueCode.JSON_LIMIT_EXCEEDED, "/keywords(/0)*"));

    assertTimeoutPreemptively(HANG_GUARD, () -> {
      failures.call("parse(JsonInput.of(JsonNode))", () -> STRICT.parse(JsonInput.of(tree), ReviewDocument.class))
          .ifPresent(result -> check(failures, "parse(JsonNode)", outcome, result));
      failures.call("JsonTree read(JsonInput.of(JsonNode))", () -> TREES.read(JsonInput.of(tree)))
          .ifPresent(read -> failures.checkReport("JsonTree read(JsonInput.of(JsonNode))", outcome, read.getReport(), read.getRoot().isPresent()));
    });

    assertThat(failures.list()).isEmpty();
  }

  /** Every file in the corpus folder belongs to a case listed in cases.txt, and every case has both files. */
  @Test
  void theCaseListNamesEveryFileInTheCorpus() throws IOException {
    Path folder = Path.of("src", "test", "resources", "hostile");
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> listing = Files.list(folder)) {
      listing.map(p -> p.getFileName().toString()).forEach(files::add);
    }
    TreeSet<String> expected = new TreeSet<>(List.of("cases.txt", "README.md"));
    for (String name : HostileCorpus.caseNames()) {
      expected.add(name + ".json");
      expected.add(name + ".expected.json");
    }
    assertThat(files).containsExactlyElementsOf(expected);
    assertThat(HostileCorpus.handMade()).hasSize(HostileCorpus.caseNames().size());
  }

  @Test
  void noCommittedCaseIsOver100KB() throws IOException {
    try (Stream<Path> listing = Files.list(Path.of("src", "test", "resources", "hostile"))) {
      assertThat(listing.filter(p -> sizeOf(p) > 100 * 1024)).isEmpty();
    }
  }

  // Checks

  private static void check(EntryPointFailures failures, String entry, Outcome outcome, ReadResult<? extends ReviewDocument> result) {
    failures.checkReport(entry, outcome, result.report(), result.document().isPresent());
  }

  /** {@code read} gives the document exactly when {@code parse} says it is valid, else the report in a typed exception. */
  private static void checkRead(EntryPointFailures failures, Outcome outcome, ReadResult<? extends ReviewDocument> parsed, Read read) {
    if (outcome.valid()) {
      if (read.exception().isPresent()) {
        failures.add("read(byte[]): threw for a valid document: " + read.exception().get().getReport());
      }
      return;
    }
    if (read.exception().isEmpty()) {
      failures.add("read(byte[]): returned a document for invalid input");
      return;
    }
    DocumentReadException e = read.exception().get();
    if (!e.getReport().equals(parsed.report())) {
      failures.add("read(byte[]): the exception's report differs from parse's:\n" + e.getReport() + "\nversus\n" + parsed.report());
    }
    DocumentReadException.Kind kind =
        e.getReport().hasErrors(IssueCategory.READING)
            ? DocumentReadException.Kind.MALFORMED_JSON
            : e.getReport().hasErrors(IssueCategory.LIMIT)
                ? DocumentReadException.Kind.LIMIT_EXCEEDED
                : DocumentReadException.Kind.INVALID_DOCUMENT;
    if (e.getKind() != kind) {
      failures.add("read(byte[]): kind " + e.getKind() + ", expected " + kind);
    }
    if (e.getMessage().contains(HostileCorpus.CANARY)) {
      failures.add("read(byte[]): the exception's message repeats the input");
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code read} gave: a document, or the typed exception. */
  private record Read(Optional<DocumentReadException> exception) {
    static Read of(ThrowingSupplier<? extends ReviewDocument> read) throws Throwable {
      try {
        read.get();
        return new Read(Optional.empty());
      } catch (DocumentReadException e) {
        return new Read(Optional.of(e));
      }
    }
  }
}
