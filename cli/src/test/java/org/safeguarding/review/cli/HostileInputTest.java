package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.schema.DocumentValidator;
import org.safeguarding.review.testing.ExpectedIssue;
import org.safeguarding.review.testing.HostileCase;
import org.safeguarding.review.testing.HostileCorpus;

/**
 * The hostile corpus ({@link HostileCorpus}) through {@code srm validate}: every file gives exit
 * status 0 if it is a valid document and 1 or 2 if not, with one clear message (its errors on
 * standard output, or one line on standard error), never a stack trace or an exception's name, and
 * never the document's content. NDJSON batches of hostile records report every bad record and
 * still check the records after it.
 */
@Tag("slow")
class HostileInputTest {

  /** Far above the time any run needs; only a hang breaks it. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(3);

  /** Cases whose outcome does not depend on a document type asked for, which srm cannot ask for. */
  static Stream<HostileCase> cases() {
    return Stream.concat(HostileCorpus.handMade().stream(), HostileCorpus.large().stream())
        .filter(c -> c.requestedType().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachFileGivesAnExitStatusAndOneClearMessage(HostileCase c, @TempDir Path folder) throws IOException {
    Path file = write(folder.resolve(c.name() + ".json"), c.input().get());
    String name = file.toString();

    SrmRunner.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> SrmRunner.run("validate", name));

    assertNoTraceOrContent(run);
    if (c.schemaOutcome().valid()) {
      assertThat(run.status()).as("exit status of a valid document\n" + run).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).contains("1 document checked: 1 valid, 0 invalid");
      return;
    }
    assertThat(run.status()).as("exit status: the library judges every input; it is invalid\n" + run).isEqualTo(Srm.INVALID);
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(lines.size() - 1)).startsWith("1 document checked: 0 valid, 1 invalid;");
    assertThat(lines.subList(0, lines.size() - 1))
        .isNotEmpty()
        .allMatch(l -> l.startsWith(name + ": ") || l.startsWith(name + ":"))
        .anyMatch(l -> l.contains(" ERROR "));
    for (ExpectedIssue error : c.schemaOutcome().errors()) {
      assertThat(error.codes()).as(run.out()).anyMatch(code -> run.out().contains("[" + code.text() + "]"));
    }
  }

  /**
   * Every example document cut at every 10th byte, validated as one folder: each cut is named once,
   * with its one error or on standard error, and the rest are counted as valid.
   */
  @Test
  void everyTruncatedExampleIsReportedOnce(@TempDir Path folder) throws IOException {
    Map<String, Boolean> valid = new TreeMap<>();
    for (HostileCase c : HostileCorpus.truncations()) {
      Path file = write(folder.resolve(c.name() + ".json"), c.input().get());
      valid.put(file.toString(), c.outcome().valid());
    }

    SrmRunner.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> SrmRunner.run("validate", folder.toString()));

    assertNoTraceOrContent(run);
    assertThat(run.status()).isIn(Srm.INVALID, Srm.INPUT_ERROR);
    List<String> lines = Stream.concat(run.out().lines(), run.err().lines()).toList();
    int onStandardError = (int) run.err().lines().count();
    for (Map.Entry<String, Boolean> file : valid.entrySet()) {
      long mentions = lines.stream().filter(l -> l.startsWith(file.getKey() + ":") || l.startsWith("srm: " + file.getKey() + ":")).count();
      assertThat(mentions).as(file.getKey()).isEqualTo(file.getValue() ? 0 : 1);
    }
    long validCount = valid.values().stream().filter(v -> v).count();
    assertThat(run.out())
        .endsWith((valid.size() - onStandardError) + " documents checked: " + validCount + " valid, "
            + (valid.size() - onStandardError - validCount) + " invalid; " + (valid.size() - onStandardError - validCount) + " errors, 0 warnings\n");
  }

  /**
   * An NDJSON batch of hostile records, each followed by a valid one: every bad record is reported
   * at its line, every record after it is still checked, and srm judges each record as the document
   * validator judges the same bytes.
   */
  @Test
  void anNdjsonBatchReportsEveryHostileRecordAndChecksTheRecordsAfterIt(@TempDir Path folder) throws IOException {
    byte[] valid = Files.readString(Path.of("src/test/resources/fixtures/valid-learning-summary.json"))
        .replaceAll("\\s*\\n\\s*", "").getBytes(StandardCharsets.UTF_8);
    List<byte[]> records = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (HostileCase c : ndjsonCases()) {
      byte[] record = oneLine(c.input().get());
      records.add(record);
      names.add(c.name());
      records.add(valid);
      names.add("valid record after " + c.name());
    }
    Path batch = folder.resolve("batch.ndjson");
    try (OutputStream out = Files.newOutputStream(batch)) {
      for (byte[] record : records) {
        out.write(record);
        out.write('\n');
      }
    }
    List<Integer> badLines = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      if (!validates(records.get(i))) {
        badLines.add(i + 1);
      }
    }

    for (String threads : List.of("1", "2")) {
      SrmRunner.Run run = assertTimeoutPreemptively(HANG_GUARD,
          () -> SrmRunner.run("validate", "--ndjson", "--threads", threads, batch.toString()));
      List<Integer> reported = run.out().lines()
          .filter(l -> l.startsWith(batch + ":") && l.contains(": ERROR "))
          .map(l -> Integer.parseInt(l.substring(batch.toString().length() + 1, l.indexOf(':', batch.toString().length() + 1))))
          .distinct()
          .toList();
      List<String> expectedBad = badLines.stream().map(l -> l + " " + names.get(l - 1)).toList();
      List<String> actualBad = reported.stream().map(l -> l + " " + names.get(l - 1)).toList();

      SoftAssertions.assertSoftly(softly -> {
        softly.assertThat(actualBad).as("records reported as invalid, with " + threads + " threads").containsExactlyElementsOf(expectedBad);
        softly.assertThat(run.out()).as("summary").endsWith(records.size() + " documents checked: " + (records.size() - badLines.size())
            + " valid, " + badLines.size() + " invalid; " + counted(lineCount(run.out(), batch, " ERROR "), "error") + ", "
            + counted(lineCount(run.out(), batch, " WARNING "), "warning") + "\n");
        softly.assertThat(run.status()).as("exit status").isEqualTo(Srm.INVALID);
        softly.assertThat(run.err()).as("standard error").isEmpty();
        softly.check(() -> assertNoTraceOrContent(run));
      });
    }
  }

  /** The cases that can be an NDJSON record: not blank once on one line, UTF-8 or meant to be, and at most a few megabytes. */
  private static List<HostileCase> ndjsonCases() {
    return Stream.concat(HostileCorpus.handMade().stream(), HostileCorpus.large().stream())
        .filter(c -> c.requestedType().isEmpty())
        .filter(c -> !c.name().startsWith("utf16"))
        .filter(c -> !c.name().equals("string-50-mb") && !c.name().equals("document-9-mib"))
        .filter(c -> !new String(oneLine(c.input().get()), StandardCharsets.UTF_8).isBlank())
        .toList();
  }

  /** The input on one line: line ends become spaces, which is all JSON whitespace needs. */
  private static byte[] oneLine(byte[] input) {
    byte[] line = input.clone();
    for (int i = 0; i < line.length; i++) {
      if (line[i] == '\n' || line[i] == '\r') {
        line[i] = ' ';
      }
    }
    return line;
  }

  /** Whether the document validator finds the bytes valid; a validator that throws has not. */
  private static boolean validates(byte[] record) {
    try {
      return DocumentValidator.strict().validate(JsonInput.of(record)).isValid();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String counted(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static long lineCount(String out, Path batch, String severity) {
    return out.lines().filter(l -> l.startsWith(batch + ":") && l.contains(severity)).count();
  }

  private static void assertNoTraceOrContent(SrmRunner.Run run) {
    for (String stream : List.of(run.out(), run.err())) {
      assertThat(stream).as("output\n" + run)
          .doesNotContain("\tat ")
          .doesNotContain("Exception")
          .doesNotContainPattern("[a-z](Exception|Error)\\b")
          .doesNotContain(HostileCorpus.CANARY);
    }
  }

  private static Path write(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
    return file;
  }
}
