package org.safeguarding.review.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.JsonTree;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.metadata.DocumentOrder;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.testing.HostileCase;
import org.safeguarding.review.testing.HostileCorpus;
import org.safeguarding.review.testing.Mutated;
import org.safeguarding.review.testing.Mutations;
import org.safeguarding.review.testing.SmallDocuments;

/**
 * Nothing is checked less since the document validator stopped running the JSON Schema beside the
 * model's own checks: over the hostile corpus, the fixtures and fuzzed documents, strict and
 * lenient, it gives every issue (severity, code, pointer, message) and every document that the
 * earlier pipeline gave, which ran the schema first and then, only for a document the schema
 * accepted, the model, merging the two. That pipeline is kept here, as the reference. The only
 * issues it gives besides are those of the checks the earlier pipeline held back until the schema
 * passed: the domain rules, the timescales and the privacy scan of a document that could be bound.
 */
@Tag("slow")
class SameIssuesAsBeforeTest {

  private static final JsonTree.TreeReader TREES = JsonTree.reader(ReadLimits.defaults());

  /** The checks of a bound document, which the earlier pipeline ran only once the schema passed. */
  private static final Set<IssueCategory> POSTPONED =
      Set.of(IssueCategory.DOMAIN_RULE, IssueCategory.STATUTORY_GAP, IssueCategory.TIMESCALE, IssueCategory.PRIVACY);

  static Stream<HostileCase> hostile() {
    return HostileCorpus.all();
  }

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/v1"))) {
      return files.filter(f -> !f.toString().endsWith(".expected.json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void theHostileCorpusGivesWhatItGaveBefore(HostileCase c) {
    assertSame(c.input().get(), c.requestedType());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theFixturesGiveWhatTheyGaveBefore(Path fixture) throws IOException {
    byte[] json = Files.readAllBytes(fixture);
    assertSame(json, Optional.empty());
    for (DocumentType type : DocumentType.values()) {
      assertSame(json, Optional.of(type));
    }
  }

  /** Found by the fuzzing below: a date only binding could rule out, beside an error the schema finds. */
  @Test
  void aSpanOfYearsBackwardsBesideAnErrorOfTheSchemaGivesWhatItGaveBefore() throws IOException {
    String valid = Files.readString(Path.of("src/test/resources/v1/valid-loose-dates-families-events-and-joint-reviews.json"));
    String json =
        valid.replace("\"date\": \"2019/2020\"", "\"date\": \"2020/2019\"")
            .replace("\"documentType\": \"LearningSummary\",", "\"documentType\": \"LearningSummary\", \"unknown\": 1,");
    assertThat(json).contains("2020/2019", "\"unknown\"");
    assertSame(json.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  @Test
  void fuzzedDocumentsGiveWhatTheyGaveBefore() {
    qt().withExamples(150).withShrinkCycles(10)
        .forAll(Mutations.json(SmallDocuments.trees(), 10))
        .checkAssert(inputs -> inputs.forEach(SameIssuesAsBeforeTest::assertSame));
    qt().withExamples(150).withShrinkCycles(10)
        .forAll(Mutations.bytes(SmallDocuments.trees(), 10))
        .checkAssert(inputs -> inputs.forEach(SameIssuesAsBeforeTest::assertSame));
  }

  private static void assertSame(Mutated input) {
    assertSame(input.json(), Optional.empty());
  }

  private static void assertSame(byte[] json, Optional<DocumentType> type) {
    for (boolean lenient : new boolean[] {false, true}) {
      DocumentValidator validator = lenient ? DocumentValidator.lenient() : DocumentValidator.strict();
      ReadResult<ReviewDocument> now = validator.validate(TREES.read(JsonInput.of(json)), type);
      JsonTree tree = TREES.read(JsonInput.of(json));
      ReadResult<ReviewDocument> before = schemaThenModel(tree, type, lenient);
      List<ValidationIssue> heldBack = boundAnyway(tree, type, lenient);
      if (before.document().isPresent()) {
        assertThat(now.document()).as("a document, %s %s", lenient ? "lenient" : "strict", type).isPresent();
      }
      String as = (lenient ? "lenient " : "strict ") + type;
      assertThat(now.report().issues()).as(as).containsAll(before.report().issues());
      // What the earlier pipeline held back until the schema passed: binding, and the checks of a bound document.
      assertThat(now.report().issues().stream().filter(issue -> !before.report().issues().contains(issue)))
          .as(as + ": reported now and not before")
          .allMatch(issue -> POSTPONED.contains(issue.code().category()) || heldBack.contains(issue));
    }
  }

  /**
   * What binding reports of a document whether or not the schema accepts it: the earlier pipeline
   * learnt these only once the schema passed, for what a schema cannot say (a day that does not
   * exist, such as 2023-02-30, or a span of years that ends before it starts).
   */
  private static List<ValidationIssue> boundAnyway(JsonTree tree, Optional<DocumentType> type, boolean lenient) {
    Optional<DocumentType> documentType = type.or(tree::getDocumentType);
    if (tree.getRoot().isEmpty() || documentType.isEmpty()) {
      return List.of();
    }
    ReviewJson codec = lenient ? ReviewJson.lenient() : ReviewJson.strict();
    return codec.parse(tree, ModelType.documentClass(documentType.get())).report().issues();
  }

  /** The earlier pipeline: the schema first, then, for a document the schema accepts, the model. */
  private static ReadResult<ReviewDocument> schemaThenModel(JsonTree tree, Optional<DocumentType> type, boolean lenient) {
    ValidationReport schemaReport = SchemaValidator.standard().validate(tree, type);
    if (lenient) {
      schemaReport =
          ValidationReport.of(
              schemaReport.issues().stream()
                  .map(issue -> IssueCode.PROPERTY_UNKNOWN.equals(issue.code()) && issue.severity() == Severity.ERROR
                      ? new ValidationIssue(Severity.WARNING, issue.code(), issue.pointer(), issue.message() + "; it is kept as read", issue.location())
                      : issue)
                  .toList());
    }
    Optional<DocumentType> documentType = type.or(tree::getDocumentType);
    if (!schemaReport.isValid() || tree.getRoot().isEmpty() || documentType.isEmpty()) {
      return new ReadResult<>(Optional.empty(), schemaReport);
    }
    ReviewJson codec = lenient ? ReviewJson.lenient() : ReviewJson.strict();
    ReadResult<? extends ReviewDocument> bound = codec.parse(tree, ModelType.documentClass(documentType.get()));
    ValidationReport report =
        schemaReport.mergeDistinct(bound.report()).ordered(DocumentOrder.of(ModelType.documentClass(documentType.get()), tree.getRoot().get()));
    return new ReadResult<>(bound.document().map(d -> d), report);
  }
}
