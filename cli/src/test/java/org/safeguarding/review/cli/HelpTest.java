package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "validate", "render", "schema", "stats", "deadlines", "serve"})
  void everyCommandHasHelpWithExamples(String command) {
    String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};

    SrmRunner.Run run = SrmRunner.run(args);

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).contains("Usage: srm").contains("Examples:").contains("  srm " + command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "validate", "render", "schema", "stats", "deadlines", "serve"})
  void helpFitsEightyColumnsAndNoExampleIsWrapped(String command) {
    String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};

    List<String> lines = SrmRunner.run(args).out().lines().toList();
    List<String> examples = lines.subList(lines.indexOf("Examples:") + 1, lines.size());

    assertThat(lines).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    assertThat(examples).isNotEmpty().allSatisfy(line -> assertThat(line).matches("  (srm|cat) .*"));
  }

  @Test
  void everyCommandsSummaryIsWholeSentences() {
    List<String> lines = SrmRunner.run("--help").out().lines().toList();
    List<String> summaries = new ArrayList<>();
    for (String line : lines.subList(lines.indexOf("Commands:") + 1, lines.indexOf("Exit status:") - 1)) {
      if (line.matches("  \\S.*")) {
        summaries.add(line.strip().replaceFirst("^\\S+\\s+", ""));
      } else {
        summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
      }
    }

    assertThat(summaries).hasSize(7).allSatisfy(summary -> assertThat(summary).endsWith("."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void versionNamesTheToolAndTheSchemaVersion(String option) {
    SrmRunner.Run run = SrmRunner.run(option);

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).matches("srm \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nschema version 1\\.0\\.0\n");
  }
}
