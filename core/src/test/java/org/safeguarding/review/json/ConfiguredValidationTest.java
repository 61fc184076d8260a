package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.testing.ConfiguredValidation;
import org.safeguarding.review.timescale.TimescaleRule;
import org.safeguarding.review.validation.ModelValidator;

/** A validator given to the codec takes effect whatever the input is read from, and only then. */
class ConfiguredValidationTest {

  private static final String JSON = ReviewJson.strict().write(ConfiguredValidation.lateOnlyFromAwareness());

  @TempDir static Path folder;

  static Stream<Arguments> inputs() throws Exception {
    Path file = Files.writeString(folder.resolve("review.json"), JSON);
    return Stream.of(
        Arguments.of("String", (Function<String, JsonInput>) JsonInput::of),
        Arguments.of("byte[]", (Function<String, JsonInput>) text -> JsonInput.of(text.getBytes(StandardCharsets.UTF_8))),
        Arguments.of("InputStream", (Function<String, JsonInput>) text -> JsonInput.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))),
        Arguments.of("Reader", (Function<String, JsonInput>) text -> JsonInput.of(new StringReader(text))),
        Arguments.of("Path", (Function<String, JsonInput>) text -> JsonInput.of(file)),
        Arguments.of("JsonNode", (Function<String, JsonInput>) text -> JsonInput.of(ReviewJson.strict().toTree(ConfiguredValidation.lateOnlyFromAwareness()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void theGivenValidatorChecksEveryDocumentRead(String kind, Function<String, JsonInput> input) {
    ConfiguredValidation configured = new ConfiguredValidation();
    ReviewJson json = ReviewJson.strict().withValidator(configured.validator);

    ReadResult<RapidReview> parsed = json.parse(input.apply(JSON), RapidReview.class);
    RapidReview read = json.read(input.apply(JSON), ReviewDocument.class) instanceof RapidReview review ? review : null;

    assertThat(configured.tookEffect(parsed.report())).as(parsed.report().toString()).isTrue();
    assertThat(read).isEqualTo(parsed.document().orElseThrow());
    assertThat(configured.validated).hasValue(2);
  }

  @Test
  void theOverloadsReadAsTheInputAbstractionDoes() {
    ConfiguredValidation configured = new ConfiguredValidation();
    ReviewJson json = ReviewJson.lenient().withValidator(configured.validator).withPrettyPrinting().withLimits(ReadLimits.defaults());

    assertThat(json.getValidator()).isSameAs(configured.validator);
    assertThat(configured.tookEffect(json.parse(JsonInput.of(JSON), RapidReview.class).report())).isTrue();
    assertThat(configured.tookEffect(json.parse(JsonInput.of(JSON.getBytes(StandardCharsets.UTF_8)), RapidReview.class).report())).isTrue();
    assertThat(configured.tookEffect(json.parse(JsonInput.of(new StringReader(JSON)), RapidReview.class).report())).isTrue();
    assertThat(configured.tookEffect(json.parse(JsonInput.of(json.toTree(ConfiguredValidation.lateOnlyFromAwareness())), RapidReview.class).report())).isTrue();
  }

  @Test
  void theStandardValidatorCountsFromTheNotificationAndHasNoOwnCheck() {
    ReadResult<RapidReview> parsed = ReviewJson.strict().parse(JsonInput.of(JSON), RapidReview.class);

    assertThat(parsed.report().issues()).noneMatch(i -> TimescaleRule.RAPID_REVIEW.getCode().equals(i.code()) || ConfiguredValidation.OWN_CODE.equals(i.code()));
    assertThat(ReviewJson.strict().getValidator()).isSameAs(Standard.validator());
  }
}
