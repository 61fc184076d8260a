package org.safeguarding.review.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.rules.StatutoryGaps;
import org.safeguarding.review.schema.DocumentValidator;
import org.safeguarding.review.schema.SchemaValidator;
import tools.jackson.databind.JsonNode;

class ExampleDocumentsTest {

  private static final Path FOLDER = Path.of("documents");
  private static final ReviewJson JSON = ReviewJson.strict();

  /** Nodes are equal as JSON says: numbers by their value, whatever Java type holds them. */
  private static final java.util.Comparator<JsonNode> SAME_NUMBER =
      (a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

  static Stream<String> names() {
    return ExampleDocuments.names().stream();
  }

  @Test
  void everyFileInTheFolderIsListedAndShippedInTheJar() throws Exception {
    try (Stream<Path> files = Files.list(FOLDER)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(ExampleDocuments.names());
    }
    for (String name : ExampleDocuments.names()) {
      assertThat(ExampleDocuments.bytes(name)).isEqualTo(Files.readAllBytes(FOLDER.resolve(name)));
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void validatesWithZeroErrors(String name) {
    ReadResult<ReviewDocument> result = JSON.parse(JsonInput.of(FOLDER.resolve(name)), ReviewDocument.class);

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.document()).isPresent();
  }

  @ParameterizedTest
  @MethodSource("names")
  void passesTheFullDocumentValidatorWithZeroErrors(String name) {
    ReadResult<ReviewDocument> result = DocumentValidator.strict().validate(JsonInput.of(FOLDER.resolve(name)));

    assertThat(result.report().errors()).isEmpty();
    assertThat(SchemaValidator.standard().validate(JsonInput.of(ExampleDocuments.bytes(name))).issues()).isEmpty();
    assertThat(result.document()).contains(ExampleDocuments.read(name));
  }

  @ParameterizedTest
  @MethodSource("names")
  void onlyTheIllustrativeRapidReviewHasStatutoryGapsAndNoneHasOtherWarningsButTheFictionalPlacementsLateness(String name) {
    ReadResult<ReviewDocument> result = DocumentValidator.strict().validate(JsonInput.of(FOLDER.resolve(name)));
    List<ValidationIssue> warnings = result.report().warnings();

    if (name.equals(ExampleDocuments.DEVON_ILLUSTRATIVE_RAPID_REVIEW)) {
      assertThat(warnings)
          .extracting(ValidationIssue::code, issue -> issue.pointer().toString())
          .containsExactlyInAnyOrder(
              tuple(StatutoryGaps.BECAME_AWARE_MISSING, "/timeline/becameAware"),
              tuple(StatutoryGaps.DATE_PARTIAL, "/timeline/notificationSent"),
              tuple(StatutoryGaps.INCIDENT_AREA_MISSING, "/incident/place/area"),
              tuple(StatutoryGaps.CHILD_AREA_MISSING, "/children/0/area"),
              tuple(StatutoryGaps.CHILD_STATUS_MISSING, "/children/0/statuses"),
              tuple(StatutoryGaps.AGENCY_INVOLVEMENT_MISSING, "/agencyInvolvement"),
              tuple(StatutoryGaps.DECISION_MISSING, "/decision"));
      RapidReview review = (RapidReview) result.document().orElseThrow();
      assertThat(review.getProvenance().orElseThrow().getIllustrative()).contains(true);
    } else if (name.equals(ExampleDocuments.EXAMPLESHIRE_RAPID_REVIEW)) {
      assertThat(warnings).extracting(i -> i.code().category()).containsOnly(IssueCategory.TIMESCALE);
    } else {
      assertThat(warnings).isEmpty();
    }
  }

  @Test
  void theCorpusIsTwentyOneDocumentsEachWithItsSourceLinkAndCompleteness() {
    assertThat(ExampleDocuments.corpus()).hasSize(27);
    for (String name : ExampleDocuments.corpus()) {
      ReviewDocument document = ExampleDocuments.read(name);
      assertThat(document.getProvenance()).as(name).isPresent();
      assertThat(document.getProvenance().get().getLink().or(() -> document.getProvenance().get().getCopyLink())).as(name).isPresent();
      assertThat(document.getProvenance().get().getCompleteness()).as(name).isPresent();
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void jsonToObjectToJsonGivesTheSameTreeAndTheSameText(String name) throws Exception {
    String text = Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8);
    ReviewDocument document = JSON.read(JsonInput.of(text), ReviewDocument.class);
    JsonNode tree = tools.jackson.databind.json.JsonMapper.shared().readTree(text);

    // A figure's value is a BigDecimal in the model and a plain number in the text: equal as numbers.
    assertThat(JSON.toTree(document).equals(SAME_NUMBER, tree)).as(JSON.toTree(document) + " equals " + tree).isTrue();
    assertThat(JSON.withPrettyPrinting().write(document)).isEqualTo(text);
  }

  /** A document read from its file and written again, to bytes or to a file, is the file, byte for byte, final line end included. */
  @ParameterizedTest
  @MethodSource("names")
  void readAndWrittenAgainIsTheSameByteForByte(String name, @TempDir Path folder) throws Exception {
    byte[] file = Files.readAllBytes(FOLDER.resolve(name));
    ReviewDocument document = JSON.read(JsonInput.of(FOLDER.resolve(name)), ReviewDocument.class);

    assertThat(JSON.withPrettyPrinting().writeBytes(document)).isEqualTo(file);
    JSON.withPrettyPrinting().write(document, folder.resolve(name));
    assertThat(Files.readAllBytes(folder.resolve(name))).isEqualTo(file);
    assertThat(file[file.length - 1]).as("the file's last byte is a line end").isEqualTo((byte) '\n');
  }

  @ParameterizedTest
  @MethodSource("names")
  void objectToJsonToObjectGivesAnEqualObject(String name) {
    ReviewDocument document = ExampleDocuments.read(name);

    assertThat(JSON.read(JsonInput.of(JSON.write(document)), ReviewDocument.class)).isEqualTo(document);
  }
}
