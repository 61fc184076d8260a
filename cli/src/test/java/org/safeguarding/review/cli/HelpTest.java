package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "validate", "render", "schema", "stats", "deadlines"})
  void everyCommandHasHelpWithExamples(String command) {
    String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};

    SrmRunner.Run run = SrmRunner.run(args);

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).contains("Usage: srm").contains("Examples:").contains("  srm " + command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void versionNamesTheToolAndTheSchemaVersion(String option) {
    SrmRunner.Run run = SrmRunner.run(option);

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).matches("srm \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nschema version 1\\.0\\.0\n");
  }
}
