package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * srm leaves every judgement about its input to the library: whatever is not well-formed JSON is
 * the library's {@code json.malformed}, at its line and column, in both output formats, and the
 * input is an invalid document (status 1), never an input error of srm's own.
 */
class InputJudgementTest {

  @ParameterizedTest
  @ValueSource(strings = {"hello world", "not json", "{\"a\": }", "<html>", "[1, 2"})
  void textThatIsNotJsonIsMalformedWithLineAndColumn(String input) {
    SrmRunner.Run text = SrmRunner.withInput(input, "validate", "-");
    SrmRunner.Run json = SrmRunner.withInput(input, "validate", "--format", "json", "-");

    assertThat(text.status()).isEqualTo(Srm.INVALID);
    assertThat(text.err()).isEmpty();
    assertThat(text.out()).containsPattern("^<stdin>:1:[0-9]+: ERROR [^ ]+ \\[json\\.malformed\\] ");
    assertThat(json.status()).isEqualTo(Srm.INVALID);
    JsonNode issue = JsonMapper.shared().readTree(json.out()).get(0);
    assertThat(issue.path("code").asString()).isEqualTo("json.malformed");
    assertThat(issue.path("line").asInt()).isEqualTo(1);
    assertThat(issue.path("column").asInt()).isPositive();
  }
}
