package org.safeguarding.review.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.benchmarks.plain.PlainLearningSummary;
import org.safeguarding.review.json.JsonMappers;
import org.safeguarding.review.json.ReviewJson;
import tools.jackson.core.JacksonException;

/** The benchmarks read and write with the codec's own mapper, which is as strict for the plain classes. */
class SharedMapperTest {

  static final List<String> SIZES = Documents.SIZES;

  private static final String SMALL = new String(Documents.json(Documents.SMALL), StandardCharsets.UTF_8);

  @ParameterizedTest
  @FieldSource("SIZES")
  void writesWhatTheCodecWrites(String size) {
    LearningSummary document = Documents.document(size);

    // The codec ends what it writes with a line end, which the mapper leaves to its caller.
    assertThat(ReviewJson.strict().write(document)).isEqualTo(JsonMappers.standard().writeValueAsString(document) + "\n");
  }

  @Test
  void rejectsDuplicatePropertiesAndTrailingContent() {
    String duplicate = SMALL.replaceFirst("\"id\":", "\"id\": \"again\", \"id\":");

    assertThatThrownBy(() -> JsonMappers.standard().readValue(duplicate, LearningSummary.class))
        .isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> JsonMappers.standard().readValue(SMALL + "{}", LearningSummary.class))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void rejectsUnknownPropertiesInThePlainClasses() {
    String unknown = SMALL.replaceFirst("\\{", "{\"colour\": \"blue\",");

    assertThatThrownBy(() -> JsonMappers.standard().readValue(unknown, PlainLearningSummary.class))
        .isInstanceOf(JacksonException.class);
  }
}
