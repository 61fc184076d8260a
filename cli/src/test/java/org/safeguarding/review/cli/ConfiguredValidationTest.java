package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.testing.ConfiguredValidation;

/** srm checks documents with the validator it is given, in every command that reads them. */
class ConfiguredValidationTest {

  @Test
  void validateUsesTheGivenValidatorForFilesAndRecords(@TempDir Path folder) throws Exception {
    String json = ReviewJson.strict().write(ConfiguredValidation.lateOnlyFromAwareness());
    Path file = Files.writeString(folder.resolve("review.json"), json);
    Path batch = Files.writeString(folder.resolve("batch.ndjson"), json + json);
    ConfiguredValidation configured = new ConfiguredValidation();

    String files = run(configured, "validate", file.toString());
    String records = run(configured, "validate", "--ndjson", "--threads", "2", batch.toString());

    assertThat(files).contains("[timescale.rapidReviewLate]", "[" + ConfiguredValidation.OWN_CODE.text() + "]");
    assertThat(records).contains(batch + ":2: WARNING (document) [" + ConfiguredValidation.OWN_CODE.text() + "]");
    assertThat(configured.validated).hasValue(3);
    assertThat(SrmRunner.run("validate", file.toString()).out()).doesNotContain("[timescale.rapidReviewLate]");
  }

  private static String run(ConfiguredValidation configured, String... args) {
    StringWriter out = new StringWriter();
    int status =
        Srm.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), configured.validator);
    assertThat(status).isEqualTo(Srm.VALID);
    return out.toString();
  }
}
