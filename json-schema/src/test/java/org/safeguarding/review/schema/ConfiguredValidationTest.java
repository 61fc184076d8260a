package org.safeguarding.review.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.testing.ConfiguredValidation;

/** A validator given to the document validator checks every document it binds, whatever the input. */
class ConfiguredValidationTest {

  @Test
  void everyInputIsCheckedWithTheGivenValidator(@TempDir Path folder) throws Exception {
    ConfiguredValidation configured = new ConfiguredValidation();
    DocumentValidator validator = DocumentValidator.strict().withValidator(configured.validator);
    String json = ReviewJson.strict().write(ConfiguredValidation.lateOnlyFromAwareness());
    Path file = Files.writeString(folder.resolve("review.json"), json);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

    List<ReadResult<ReviewDocument>> results =
        List.of(
            validator.validate(JsonInput.of(json)),
            validator.validate(JsonInput.of(bytes)),
            validator.validate(JsonInput.of(new ByteArrayInputStream(bytes))),
            validator.validate(JsonInput.of(new StringReader(json))),
            validator.validate(JsonInput.of(file)),
            validator.validate(JsonInput.of(ReviewJson.strict().toTree(ConfiguredValidation.lateOnlyFromAwareness()))),
            validator.validate(JsonInput.of(json)),
            DocumentValidator.lenient().withValidator(configured.validator).validate(JsonInput.of(json)));

    assertThat(validator.getValidator()).isSameAs(configured.validator);
    for (ReadResult<ReviewDocument> result : results) {
      assertThat(result.isValid()).isTrue();
      assertThat(configured.tookEffect(result.report())).as(result.report().toString()).isTrue();
    }
    assertThat(configured.validated).hasValue(results.size());
  }
}
