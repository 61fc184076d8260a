package org.safeguarding.review.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.rules.UniqueNames;
import org.safeguarding.review.schema.DocumentValidator;

class NdjsonBatchTest {

  @TempDir Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void writesTheRequestedSizeWithEveryNthLineInvalid() throws IOException {
    Path file = folder.resolve("batch.ndjson");

    assertThat(run(file.toString(), "1", "7")).isZero();

    long size = Files.size(file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int longest = lines.stream().mapToInt(String::length).max().orElseThrow();
    assertThat(size)
        .isLessThanOrEqualTo(NdjsonBatch.MEBIBYTE)
        .isGreaterThan(NdjsonBatch.MEBIBYTE - longest - 1);
    assertThat(lines).hasSizeGreaterThan(200);
    Set<IssueCode> codes = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      ReadResult<ReviewDocument> result = DocumentValidator.strict().validate(JsonInput.of(lines.get(i)));
      assertThat(result.report().isValid()).as("line %d", number).isEqualTo(number % 7 != 0);
      result.report().issues().stream().map(ValidationIssue::code).forEach(codes::add);
    }
    assertThat(codes)
        .containsExactlyInAnyOrder(
            IssueCode.VALUE_BLANK, UniqueNames.PSEUDONYM_DUPLICATE, IssueCode.PROPERTY_UNKNOWN, IssueCode.JSON_MALFORMED);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            size + " bytes, " + lines.size() + " documents, " + lines.size() / 7 + " of them invalid");
  }

  @Test
  void withoutNEveryLineIsAValidDifferentDocument() throws IOException {
    Path file = folder.resolve("valid.ndjson");

    assertThat(run(file.toString(), "0.25")).isZero();

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      ReadResult<ReviewDocument> result = DocumentValidator.strict().validate(JsonInput.of(line));
      assertThat(result.report().issues()).isEmpty();
      ids.add(result.document().orElseThrow().getId());
    }
    assertThat(ids).hasSize(lines.size());
    assertThat(lines.stream().mapToInt(String::length).distinct().count()).isGreaterThan(4);
  }

  @Test
  void theSameArgumentsWriteTheSameFile() throws IOException {
    Path first = folder.resolve("first.ndjson");
    Path second = folder.resolve("second.ndjson");

    NdjsonBatch.write(first, 100_000, 3);
    NdjsonBatch.write(second, 100_000, 3);

    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "x", "x 0", "x -1", "x ten", "x 1 0", "x 1 -3", "x 1 seven", "x 1 2 3", "x 1e30"})
  void wrongArgumentsAreAUsageError(String arguments) {
    String[] args = arguments.isEmpty() ? new String[0] : arguments.split(" ");
    String[] inFolder = args.clone();
    if (inFolder.length > 0) {
      inFolder[0] = folder.resolve(inFolder[0]).toString();
    }

    assertThat(run(inFolder)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage:");
    assertThat(folder.resolve("x")).doesNotExist();
  }

  @Test
  void aFileThatCannotBeWrittenIsReported() {
    String file = folder.resolve("missing").resolve("batch.ndjson").toString();

    assertThat(run(file, "1")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Cannot write");
  }

  private int run(String... args) {
    return NdjsonBatch.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
