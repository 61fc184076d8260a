package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.review.Block;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.testing.IssueText;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ReviewJsonTest {

  private final ReviewJson json = ReviewJson.strict();

  @Test
  void everySourceReadsTheSameDocument(@TempDir Path folder) throws Exception {
    LearningSummary summary = TestDocuments.learningSummary();
    String text = json.write(summary);
    Path file = folder.resolve("summary.json");
    Files.writeString(file, text);

    assertThat(json.read(JsonInput.of(text), LearningSummary.class)).isEqualTo(summary);
    assertThat(json.read(JsonInput.of(text.getBytes(StandardCharsets.UTF_8)), LearningSummary.class)).isEqualTo(summary);
    assertThat(json.read(JsonInput.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), LearningSummary.class))
        .isEqualTo(summary);
    assertThat(json.read(JsonInput.of(new StringReader(text)), LearningSummary.class)).isEqualTo(summary);
    assertThat(json.read(JsonInput.of(file), LearningSummary.class)).isEqualTo(summary);
    assertThat(json.read(JsonInput.of(JsonMapper.shared().readTree(text)), LearningSummary.class)).isEqualTo(summary);
  }

  @Test
  void everyTargetWritesTheSameJson(@TempDir Path folder) {
    RapidReview review = TestDocuments.rapidReview();
    String text = json.write(review);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter writer = new StringWriter();
    Path file = folder.resolve("review.json");

    json.write(review, bytes);
    json.write(review, writer);
    json.write(review, file);

    assertThat(new String(json.writeBytes(review), StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(writer.toString()).isEqualTo(text);
    assertThat(file).hasContent(text);
    assertThat(folder.toFile().list()).containsExactly("review.json");
  }

  @Test
  void writesTheHeaderFirstThenPropertiesInDeclaredOrderWithoutEmptyValues() {
    String text = json.write(TestDocuments.rapidReview());

    assertThat(text)
        .startsWith("{\"documentType\":\"RapidReview\",\"schemaVersion\":\"1.0.0\",\"id\":\"rr-1\",\"partnership\":")
        .doesNotContain("null")
        .doesNotContain("[]")
        .doesNotContain("panelReference");
  }

  @Test
  void prettyOutputIndentsByTwoSpacesWithOneValuePerLine() {
    String text = json.withPrettyPrinting().write(TestDocuments.learningSummary());

    assertThat(text).startsWith("{\n  \"documentType\": \"LearningSummary\",\n  \"schemaVersion\": \"1.0.0\",");
    assertThat(text).contains("\"subjects\": [\n    {\n      \"pseudonym\": \"Infant A\",");
    assertThat(text).doesNotContain("\r");
    assertThat(json.read(JsonInput.of(text), LearningSummary.class)).isEqualTo(TestDocuments.learningSummary());
  }

  @Test
  void aReviewDocumentIsReadAsTheTypeItsDocumentTypeNames() {
    String text = json.write(TestDocuments.rapidReview());

    ReviewDocument document = json.read(JsonInput.of(text), ReviewDocument.class);

    assertThat(document).isInstanceOf(RapidReview.class).isEqualTo(TestDocuments.rapidReview());
  }

  @Test
  void strictReadingRejectsUnknownPropertiesEverywhereAtOnce() {
    ObjectNode tree = (ObjectNode) json.toTree(TestDocuments.learningSummary());
    tree.put("colour", "blue");
    ((ObjectNode) tree.at("/sections/0/content/0/finding")).put("severity", 3);

    ReadResult<LearningSummary> result = json.parse(JsonInput.of(tree), LearningSummary.class);

    assertThat(result.document()).isEmpty();
    assertThat(result.report().issues())
        .extracting(ValidationIssue::severity, ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.ERROR, IssueCode.PROPERTY_UNKNOWN, "/sections/0/content/0/finding/severity"),
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, IssueCode.PROPERTY_UNKNOWN, "/colour"));
  }

  @Test
  void anUnknownPropertysMessageNamesThePropertiesAllowedThereAndNeverTheUnknownOne() {
    ObjectNode tree = (ObjectNode) json.toTree(TestDocuments.learningSummary());
    tree.put("publisher", "Exampleshire");
    ((ObjectNode) tree.at("/sections/0/content/0")).put("qzxcanaryName", 1);

    List<ValidationIssue> issues = json.parse(JsonInput.of(tree), LearningSummary.class).report().errors();

    assertThat(issues).extracting(IssueText::pointer).containsExactly("/sections/0/content/0/qzxcanaryName", "/publisher");
    assertThat(issues.get(0).message())
        .isEqualTo("the property is not part of the model; the properties allowed here are "
            + String.join(", ", ModelType.of(Block.class).names()))
        .startsWith("the property is not part of the model; the properties allowed here are paragraph, list, finding,")
        .doesNotContain("qzxcanary");
    assertThat(issues.get(1).message())
        .startsWith("the property is not part of the model; the properties allowed here are documentType, schemaVersion, id,")
        .contains("partnership")
        .doesNotContain("publisher");
  }

  @Test
  void lenientReadingWarnsOfUnknownPropertiesAndWritesThemBackUnchanged() {
    ObjectNode tree = (ObjectNode) json.toTree(TestDocuments.learningSummary());
    tree.putObject("vendor").put("caseRef", "X-1").put("score", new java.math.BigDecimal("1.10"));
    ((ObjectNode) tree.at("/subjects/0/age")).putArray("notes").add(1).add("two");

    ReadResult<LearningSummary> result = ReviewJson.lenient().parse(JsonInput.of(tree), LearningSummary.class);

    assertThat(result.isValid()).isTrue();
    assertThat(result.report().warnings())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IssueCode.PROPERTY_UNKNOWN, "/subjects/0/age/notes"),
            org.assertj.core.groups.Tuple.tuple(IssueCode.PROPERTY_UNKNOWN, "/vendor"));
    LearningSummary summary = result.document().orElseThrow();
    assertThat(summary.getUnknownProperties()).containsKey("vendor");
    String written = ReviewJson.lenient().write(summary);
    assertThat(ReviewJson.lenient().toTree(ReviewJson.lenient().read(JsonInput.of(written), LearningSummary.class)))
        .isEqualTo(tree);
    assertThat(written).contains("\"vendor\":{\"caseRef\":\"X-1\",\"score\":1.10}");
  }

  /**
   * A document built in code can hold an unknown property nested deeper than any reader accepts;
   * writing it is an {@link IllegalArgumentException} that says so, not Jackson's own exception
   * (issue 25), and a document nested as deep as the deepest reader accepts is still written.
   */
  @Test
  void writingAPropertyNestedDeeperThanAnyReaderAcceptsIsAClearError(@TempDir Path folder) {
    LearningSummary deep = LearningSummary.builder().from(TestDocuments.learningSummary())
        .putUnknownProperties("vendor", nested(900)).build();
    LearningSummary deepest = LearningSummary.builder().from(TestDocuments.learningSummary())
        .putUnknownProperties("vendor", nested((int) ReadLimit.NESTING_DEPTH.maximum() - 1)).build();
    ReviewJson lenient = ReviewJson.lenient();

    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable write : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
        () -> lenient.write(deep), () -> lenient.writeBytes(deep), () -> lenient.write(deep, folder.resolve("deep.json")))) {
      assertThatThrownBy(write)
          .isInstanceOf(IllegalArgumentException.class)
          .hasCauseInstanceOf(tools.jackson.core.exc.StreamConstraintsException.class)
          .hasMessageContaining(String.valueOf(ReadLimit.NESTING_DEPTH.maximum()));
    }
    assertThat(folder.resolve("deep.json")).doesNotExist();
    assertThat(lenient.write(deepest)).contains("\"vendor\"");
  }

  /** An object nested {@code depth} deep, each level's one property named {@code a}. */
  private static tools.jackson.databind.JsonNode nested(int depth) {
    ObjectNode root = JsonMapper.shared().createObjectNode();
    ObjectNode node = root;
    for (int i = 1; i < depth; i++) {
      node = node.putObject("a");
    }
    return root;
  }

  @Test
  void readThrowsATypedExceptionCarryingTheWholeReport() {
    String text =
        "{\"documentType\":\"LearningSummary\",\"schemaVersion\":\"1.0.0\",\"id\":\"x\","
            + "\"title\":\"  \",\"format\":\"POSTER\"}";

    assertThatThrownBy(() -> json.read(JsonInput.of(text), LearningSummary.class))
        .isInstanceOfSatisfying(
            DocumentReadException.class,
            e -> {
              assertThat(e.getKind()).isEqualTo(DocumentReadException.Kind.INVALID_DOCUMENT);
              assertThat(e.getReport().errors())
                  .extracting(IssueText::pointer)
                  .containsExactly("/title", "/format", "/sections");
              assertThat(e.getReport().errors())
                  .extracting(ValidationIssue::code)
                  .containsExactly(IssueCode.VALUE_BLANK, IssueCode.VALUE_ENUM, IssueCode.PROPERTY_REQUIRED);
              assertThat(e.getMessage()).contains("3 errors").doesNotContain("POSTER");
            });
  }

  @Test
  void aMissingFileIsAnUncheckedIoException(@TempDir Path folder) {
    assertThatThrownBy(() -> json.parse(JsonInput.of(folder.resolve("absent.json")), ReviewDocument.class))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void writingToAFileReplacesItWhole(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("doc.json");
    Files.writeString(file, "x".repeat(100_000));

    json.write(TestDocuments.learningSummary(), file);

    assertThat(json.read(JsonInput.of(file), LearningSummary.class)).isEqualTo(TestDocuments.learningSummary());
  }
}
