package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exit status and output of every command against fixtures, compared with golden files in
 * {@code src/test/resources/golden}. After a deliberate change of output, regenerate them with
 * {@code mvn -pl cli test -Dtest=GoldenOutputTest -Dsrm.golden.update=true} and review the diff.
 */
class GoldenOutputTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final String F = "src/test/resources/fixtures/";
  private static final String EXAMPLES = "../examples/documents";

  static Stream<Arguments> cases() throws Exception {
    String valid = Files.readString(Path.of(F + "valid-learning-summary.json"));
    String invalid = Files.readString(Path.of(F + "invalid-learning-summary.json"));
    return Stream.of(
        golden("validate-examples", "", "validate", EXAMPLES),
        golden("validate-invalid-text", "", "validate", F + "invalid-learning-summary.json"),
        golden("validate-invalid-json", "", "validate", "--format", "json", F + "invalid-learning-summary.json"),
        golden("validate-mixed-folder", "", "validate", F + "mixed"),
        golden("validate-mixed-folder-json", "", "validate", "--format", "json", F + "mixed"),
        golden("validate-ndjson", "", "validate", "--ndjson", F + "batch.ndjson"),
        golden("validate-ndjson-json", "", "validate", "--ndjson", "--format", "json", F + "batch.ndjson"),
        golden("validate-ndjson-stdin", Files.readString(Path.of(F + "batch.ndjson")), "validate", "--ndjson", "-"),
        golden("validate-stdin-valid", valid, "validate", "-"),
        golden("validate-stdin-invalid", invalid, "validate", "-"),
        golden("validate-unknown-property-strict", "", "validate", F + "unknown-property.json"),
        golden("validate-unknown-property-lenient", "", "validate", "--lenient", F + "unknown-property.json"),
        golden("validate-lenient-fail-on-warning", "", "validate", "--lenient", "--fail-on-warning", F + "unknown-property.json"),
        golden("validate-missing-file", "", "validate", F + "absent.json"),
        golden("validate-empty-file", "", "validate", F + "empty.json"),
        golden("validate-not-json", "", "validate", F + "not-json.json"),
        golden("validate-folder-without-json", "", "validate", F + "no-json"),
        golden("validate-missing-and-valid", "", "validate", F + "absent.json", F + "valid-learning-summary.json"),
        golden("validate-missing-and-invalid-json", "", "validate", "--format", "json", F + "invalid-learning-summary.json", F + "absent.json"),
        golden("validate-folder-without-json-json", "", "validate", "--format", "json", F + "no-json"),
        golden("validate-unknown-option", "", "validate", "--colour", F + "valid-learning-summary.json"),
        golden("validate-no-path", "", "validate"),
        golden("render-markdown-essex", "", "render", EXAMPLES + "/essex-learning-summary-child-hh-cc.json"),
        golden("render-markdown-audit", "", "render", EXAMPLES + "/temporary-accommodation-audit-briefing.json"),
        golden("render-markdown-rapid-review", "", "render", EXAMPLES + "/exampleshire-rapid-review.json"),
        golden("render-html-essex", "", "render", "--format", "html", EXAMPLES + "/essex-learning-summary-child-hh-cc.json"),
        golden("render-invalid", "", "render", F + "invalid-learning-summary.json"),
        golden("render-folder", "", "render", F + "mixed"),
        golden("schema-list", "", "schema", "--list"),
        golden("schema-unknown", "", "schema", "Poster"),
        golden("schema-none", "", "schema"),
        golden("stats-examples", "", "stats", EXAMPLES),
        golden("stats-examples-json", "", "stats", "--format", "json", EXAMPLES),
        golden("stats-ndjson", "", "stats", "--ndjson", F + "batch.ndjson"),
        golden("stats-examples-csv", "", "stats", "--format", "csv", EXAMPLES),
        golden("stats-examples-html", "", "stats", "--format", "html", EXAMPLES),
        golden("stats-mixed-folder", "", "stats", F + "mixed"),
        golden("stats-missing-and-valid", "", "stats", F + "absent.json", F + "valid-learning-summary.json"),
        golden("deadlines-thursday-before-easter-2026", "", "deadlines", "--aware", "2026-04-02", "--notified", "2026-04-02", "--decision", "2026-04-30"),
        golden("deadlines-json", "", "deadlines", "--notified", "2026-04-02", "--format", "json"),
        golden("deadlines-from-awareness", "", "deadlines", "--aware", "2026-04-02", "--anchor", "aware"),
        golden("deadlines-impossible-date", "", "deadlines", "--aware", "2026-02-30"),
        golden("deadlines-no-date", "", "deadlines"),
        golden("validate-privacy", "", "validate", F + "personal-data.json"),
        golden("no-command", ""),
        golden("unknown-command", "", "publish"));
  }

  private static Arguments golden(String name, String stdin, String... args) {
    return Arguments.of(name, stdin, args);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputMatchesTheGoldenFile(String name, String stdin, String[] args) throws Exception {
    SrmRunner.Run run = SrmRunner.withInput(stdin, args);
    String actual =
        "$ srm " + String.join(" ", args) + "\n"
            + "exit status: " + run.status() + "\n"
            + "--- standard output\n" + run.out()
            + "--- standard error\n" + run.err();
    Path file = GOLDEN.resolve(name + ".txt");
    if (Boolean.getBoolean("srm.golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
