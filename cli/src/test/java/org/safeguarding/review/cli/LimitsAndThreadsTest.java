package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.review.report.IssueCode;

class LimitsAndThreadsTest {

  private static final String VALID = "src/test/resources/fixtures/valid-learning-summary.json";

  @Test
  void threadsKeepTheOrderOfTheRecords(@TempDir Path folder) throws Exception {
    String template = Files.readString(Path.of(VALID)).replaceAll("\\s*\\n\\s*", "");
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 2_000; i++) {
      String line = template.replace("\"cli-ls\"", "\"doc-" + i + "\"");
      lines.add(i % 7 == 0 ? line.replace("\"Infant A\",\"format\"", "\" \",\"format\"") : i % 11 == 0 ? "{\"documentType\":" : line);
    }
    Path batch = folder.resolve("batch.ndjson");
    Files.write(batch, lines);

    SrmRunner.Run one = SrmRunner.run("validate", "--ndjson", "--threads", "1", batch.toString());
    SrmRunner.Run three = SrmRunner.run("validate", "--ndjson", "--threads", "3", batch.toString());
    SrmRunner.Run json = SrmRunner.run("validate", "--ndjson", "--threads", "2", "--format", "json", batch.toString());

    assertThat(one.status()).isEqualTo(1);
    assertThat(three).isEqualTo(one);
    assertThat(one.out().lines().filter(l -> l.contains(":7: ERROR /title")).count()).isEqualTo(1);
    assertThat(one.out()).endsWith("2000 documents checked: 1559 valid, 441 invalid; 441 errors, 0 warnings\n");
    assertThat(json.out().indexOf("\"line\":7,")).isLessThan(json.out().indexOf("\"line\":11,"));
  }

  @Test
  void aDocumentOverALimitIsReportedAsSuch() {
    SrmRunner.Run small = SrmRunner.run("validate", "--limit", "document-bytes=100", VALID);
    SrmRunner.Run shallow = SrmRunner.run("validate", "--limit", "nesting-depth=3", VALID);

    assertThat(small.status()).isEqualTo(1);
    assertThat(small.out()).contains("[json.limitExceeded] the document is larger than the limit document-bytes, 100 bytes");
    assertThat(shallow.status()).isEqualTo(1);
    assertThat(shallow.out()).contains("[json.limitExceeded] objects and arrays are nested deeper than the limit nesting-depth, 3");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "document-bytes=5       | {\"a\":1}",
    "nesting-depth=2        | {\"a\":{\"b\":{\"c\":{}}}}",
    "string-length=3        | {\"a\":\"abcdef\"}",
    "array-length=2         | {\"documentType\":\"LearningSummary\",\"a\":[1,2,3]}",
    "number-length=3        | {\"a\":123456}",
    "property-name-length=3 | {\"abcdef\":1}",
    "token-count=3          | {\"a\":1,\"b\":2,\"c\":3}"
  })
  void aBrokenLimitIsNamedAsUsersGiveItToLimit(String limit, String json) {
    String name = limit.substring(0, limit.indexOf('='));

    SrmRunner.Run text = SrmRunner.withInput(json, "validate", "--limit", limit, "-");
    SrmRunner.Run machine = SrmRunner.withInput(json, "validate", "--format", "json", "--limit", limit, "-");

    assertThat(text.status()).isEqualTo(1);
    assertThat(text.out()).contains("[json.limitExceeded]").contains("the limit " + name + ",").doesNotContainPattern("max[A-Z]");
    assertThat(machine.out()).contains("the limit " + name + ",").doesNotContainPattern("max[A-Z]");
  }

  @Test
  void anUnknownLimitOrABadValueIsAUsageError() {
    SrmRunner.Run unknown = SrmRunner.run("validate", "--limit", "speed=3", VALID);
    SrmRunner.Run negative = SrmRunner.run("validate", "--limit", "nesting-depth=0", VALID);
    SrmRunner.Run threads = SrmRunner.run("validate", "--ndjson", "--threads", "0", VALID);
    SrmRunner.Run deep = SrmRunner.run("validate", "--limit", "nesting-depth=1000000", VALID);

    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("srm: unknown limit;");
    assertThat(negative.status()).isEqualTo(2);
    assertThat(threads.status()).isEqualTo(2);
    assertThat(deep.status()).isEqualTo(2);
    assertThat(deep.err()).isEqualTo("srm: --limit nesting-depth must be a whole number from 1 to 500\n");
  }

  @Test
  void anNdjsonLineOverTheLimitIsReportedAndTheNextLinesAreStillChecked(@TempDir Path folder) throws Exception {
    String valid = Files.readString(Path.of(VALID)).replaceAll("\\s*\\n\\s*", "");
    Path batch = folder.resolve("batch.ndjson");
    Files.writeString(batch, valid + "\n" + "{\"x\":\"" + "y".repeat(5_000) + "\"}\n" + valid + "\n");

    SrmRunner.Run run = SrmRunner.run("validate", "--ndjson", "--limit", "document-bytes=2000", batch.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains(":2: ERROR (document) [json.limitExceeded] the line is longer than the limit document-bytes, 2000 bytes")
        .endsWith("3 documents checked: 2 valid, 1 invalid; 1 error, 0 warnings\n");
  }

  @Test
  void aBatchLineWithThousandsOfIssuesReportsTheFirstAndCountsTheRestAndTheBatchGoesOn(@TempDir Path folder) throws Exception {
    String valid = Files.readString(Path.of(VALID)).replaceAll("\\s*\\n\\s*", "");
    StringBuilder hostile = new StringBuilder(valid.substring(0, valid.length() - 1));
    for (int i = 0; i < 3_000; i++) {
      hostile.append(",\"unknown").append(i).append("\":").append(i);
    }
    hostile.append('}');
    Path batch = folder.resolve("batch.ndjson");
    Files.writeString(batch, valid + "\n" + hostile + "\n" + valid + "\n");

    SrmRunner.Run run = SrmRunner.run("validate", "--ndjson", "--limit", "report-issues=10", batch.toString());

    String leftOut = "[" + IssueCode.REPORT_ISSUES_LEFT_OUT.text() + "]";
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines().filter(line -> line.contains(":2: ERROR /unknown"))).hasSize(10);
    assertThat(run.out()).contains(":2: ERROR (document) " + leftOut + " the document has 2,990 more issues")
        .endsWith("3 documents checked: 2 valid, 1 invalid; 11 errors, 0 warnings\n");
  }
}
