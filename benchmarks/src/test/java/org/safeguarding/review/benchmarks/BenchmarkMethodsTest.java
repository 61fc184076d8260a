package org.safeguarding.review.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.Blackhole;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.JsonMappers;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import tools.jackson.databind.JsonNode;

/** Runs every benchmark method once, directly, and checks it did the work it claims to measure. */
class BenchmarkMethodsTest {

  static final List<String> SIZES = Documents.SIZES;

  private static final Blackhole BLACKHOLE =
      new Blackhole(
          "Today's password is swordfish. I understand instantiating Blackholes directly is"
              + " dangerous.");

  @Test
  void theSizeParameterCoversEveryDocument() throws NoSuchFieldException {
    Param param = DocumentState.class.getField("size").getAnnotation(Param.class);

    assertThat(param.value()).containsExactlyElementsOf(SIZES);
  }

  @ParameterizedTest
  @FieldSource("SIZES")
  void readingBenchmarksReadTheWholeDocument(String size) {
    DocumentState state = state(size);
    ReadBenchmarks read = new ReadBenchmarks();

    JsonNode tree = read.readTree(state);

    assertThat(tree).isEqualTo(ReviewJson.strict().toTree(state.document));
    assertThat(read.skimTokens(state, BLACKHOLE)).isEqualTo(tokens(tree));
    assertThat(read.bindModel(state)).isEqualTo(state.document);
    JsonNode plain = JsonMappers.standard().valueToTree(read.bindPlainClasses(state));
    assertThat(plain).isEqualTo(tree);
  }

  @ParameterizedTest
  @FieldSource("SIZES")
  void theWritingBenchmarkWritesCompactJsonOfTheDocument(String size) {
    DocumentState state = state(size);

    byte[] written = new WriteBenchmarks().writeBytes(state);

    assertThat(ReviewJson.strict().read(JsonInput.of(written), LearningSummary.class)).isEqualTo(state.document);
    assertThat(written.length).isLessThan(state.json.length);
  }

  @ParameterizedTest
  @FieldSource("SIZES")
  void validationBenchmarksFindTheDocumentValid(String size) {
    DocumentState state = state(size);
    ValidationBenchmarks validation = new ValidationBenchmarks();

    assertThat(validation.validateModel(state).issues()).isEmpty();
    assertThat(validation.validateSchema(state).issues()).isEmpty();
    ReadResult<ReviewDocument> full = validation.validateDocument(state);
    assertThat(full.report().issues()).isEmpty();
    assertThat(full.document()).contains(state.document);
    ReadResult<LearningSummary> parsed = validation.parseWithCodec(state);
    assertThat(parsed.report().issues()).isEmpty();
    assertThat(parsed.document()).contains(state.document);
  }

  private static DocumentState state(String size) {
    DocumentState state = new DocumentState();
    state.size = size;
    state.setUp();
    return state;
  }

  /** How many tokens a parser reads for this tree: each value, property name and end marker. */
  private static int tokens(JsonNode node) {
    int count = 1;
    if (node.isObject()) {
      count++;
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        count += 1 + tokens(property.getValue());
      }
    } else if (node.isArray()) {
      count++;
      for (JsonNode element : node.values()) {
        count += tokens(element);
      }
    }
    return count;
  }
}
