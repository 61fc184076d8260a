package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.report.ValidationReport;

/** A record whose check fails gets a report saying so, and every other record of the batch is still checked and handed on in order. */
class RecordValidationTest {

  private static final RecordValidation.RecordCheck<String> CHECK =
      new RecordValidation.RecordCheck<>() {
        @Override
        public String check(byte[] json) {
          String text = new String(json, StandardCharsets.UTF_8);
          if (text.contains("memory")) {
            throw new OutOfMemoryError("Java heap space");
          }
          if (text.contains("broken")) {
            throw new IllegalStateException("broken");
          }
          return "checked " + text;
        }

        @Override
        public String unread(ValidationReport report) {
          return "unread: " + report.issues().get(0).message();
        }
      };

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void aRecordWhoseCheckFailsIsReportedAndTheBatchCarriesOn(int threads) throws IOException {
    byte[] batch = String.join("\n", "{\"a\":1}", "{\"memory\":2}", "{\"broken\":3}", "{\"d\":4}").getBytes(StandardCharsets.UTF_8);
    List<String> handed = new ArrayList<>();

    try (RecordValidation<String> validation = new RecordValidation<>(CHECK, ReadLimits.defaults(), threads)) {
      validation.batch(Inputs.Input.stdin(), new ByteArrayInputStream(batch), (file, line, result) -> handed.add(line + " " + result));
    }

    assertThat(handed).hasSize(4);
    assertThat(handed.get(0)).isEqualTo("1 checked {\"a\":1}");
    assertThat(handed.get(1)).startsWith("2 unread: checking the record needed more memory than the JVM has");
    assertThat(handed.get(2)).isEqualTo("3 unread: the record could not be checked (IllegalStateException); the other records are checked");
    assertThat(handed.get(3)).isEqualTo("4 checked {\"d\":4}");
  }
}
