package org.safeguarding.review.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.JsonTree;
import org.safeguarding.review.json.ReadLimit;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.metadata.DocumentOrder;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueCollector;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.testing.HostileCase;
import org.safeguarding.review.testing.HostileCorpus;

/**
 * The limit report-issues is applied while issues are found, by the model's validator and by the
 * schema validator, and changes nothing but the length of a report: over the hostile corpus and
 * the fixtures, strict and lenient, a report within a limit is the report without one, or, when
 * that is longer, its first issues and one issue counting the rest.
 */
@Tag("slow")
class CappedReportsTest {

  private static final ReadLimits ALL = ReadLimits.defaults().with(ReadLimit.REPORT_ISSUES, Integer.MAX_VALUE);
  private static final int[] LIMITS = {1, 2, 5, 40};

  /** The hand-made cases, and one truncation in 25, as the large cases are each refused whole. */
  static Stream<HostileCase> hostile() {
    List<HostileCase> truncations = HostileCorpus.truncations();
    return Stream.concat(HostileCorpus.handMade().stream(), IntStream.range(0, truncations.size()).filter(i -> i % 25 == 0).mapToObj(truncations::get));
  }

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/v1"))) {
      return files.filter(f -> !f.toString().endsWith(".expected.json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void theHostileCorpusGivesTheFirstIssuesOfItsWholeReport(HostileCase c) {
    assertCapped(c.input().get(), c.requestedType());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theFixturesGiveTheFirstIssuesOfTheirWholeReport(Path fixture) throws IOException {
    assertCapped(Files.readAllBytes(fixture), Optional.empty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theModelValidatorKeepsWhatACollectorKeepsOfItsWholeReport(Path fixture) throws IOException {
    JsonTree tree = JsonTree.reader(ALL).read(JsonInput.of(Files.readAllBytes(fixture)));
    Optional<ReviewDocument> document = ReviewJson.lenient().withLimits(ALL).parse(tree, ReviewDocument.class).document();
    if (document.isEmpty()) {
      return;
    }
    DocumentOrder order = DocumentOrder.of(document.get().getClass(), tree.getRoot().orElseThrow());
    for (int limit : LIMITS) {
      IssueCollector whole = new IssueCollector(limit, order);
      whole.addAll(Standard.validator().validate(document.get()).issues());
      IssueCollector asFound = new IssueCollector(limit, order);
      Standard.validator().validate(document.get(), asFound);
      assertThat(asFound.report()).as("limit %d", limit).isEqualTo(whole.report());
    }
  }

  private static void assertCapped(byte[] json, Optional<DocumentType> type) {
    for (boolean lenient : new boolean[] {false, true}) {
      ReviewJson reader = lenient ? ReviewJson.lenient() : ReviewJson.strict();
      DocumentValidator documents = lenient ? DocumentValidator.lenient() : DocumentValidator.strict();
      Class<? extends ReviewDocument> asType = type.<Class<? extends ReviewDocument>>map(ModelType::documentClass).orElse(ReviewDocument.class);
      List<ValidationIssue> read = reader.withLimits(ALL).parse(JsonInput.of(json), asType).report().issues();
      List<ValidationIssue> schema = SchemaValidator.standard().withLimits(ALL).validate(JsonTree.reader(ALL).read(JsonInput.of(json)), type).issues();
      ReadResult<ReviewDocument> whole = documents.withLimits(ALL).validate(JsonInput.of(json), type);
      for (int limit : LIMITS) {
        ReadLimits within = ALL.with(ReadLimit.REPORT_ISSUES, limit);
        String as = (lenient ? "lenient " : "strict ") + type + ", limit " + limit;
        assertFirst(reader.withLimits(within).parse(JsonInput.of(json), asType).report(), read, limit, as + ", read");
        assertFirst(
            SchemaValidator.standard().withLimits(within).validate(JsonTree.reader(within).read(JsonInput.of(json)), type), schema, limit, as + ", schema");
        if (whole.report().issues().size() <= limit) {
          assertThat(documents.withLimits(within).validate(JsonInput.of(json), type).report()).as(as + ", documents").isEqualTo(whole.report());
        }
      }
    }
  }

  /** The report is {@code whole}, or its first {@code limit} issues and one counting the rest. */
  private static void assertFirst(ValidationReport report, List<ValidationIssue> whole, int limit, String as) {
    assertThat(whole).as(as + ": the whole report is whole").noneMatch(issue -> IssueCode.REPORT_ISSUES_LEFT_OUT.equals(issue.code()));
    if (whole.size() <= limit) {
      assertThat(report.issues()).as(as).isEqualTo(whole);
      return;
    }
    assertThat(report.issues()).as(as).hasSize(limit + 1);
    assertThat(report.issues().subList(0, limit)).as(as).isEqualTo(whole.subList(0, limit));
    ValidationIssue last = report.issues().get(limit);
    assertThat(last.code()).as(as).isEqualTo(IssueCode.REPORT_ISSUES_LEFT_OUT);
    int more = whole.size() - limit;
    assertThat(last.message()).as(as).contains(String.format(Locale.ROOT, "%,d more issue", more));
  }
}
