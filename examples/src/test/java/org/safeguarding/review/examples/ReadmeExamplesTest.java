package org.safeguarding.review.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.review.Age;
import org.safeguarding.review.Block;
import org.safeguarding.review.ChildProtectionCategory;
import org.safeguarding.review.FactorHolder;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.Finding_;
import org.safeguarding.review.LearningFormat;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.LearningTheme;
import org.safeguarding.review.Organisation;
import org.safeguarding.review.OrganisationKind;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.RiskFactor;
import org.safeguarding.review.Section;
import org.safeguarding.review.SectionKind;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Theme;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.NationalCode;
import org.safeguarding.review.national.NationalCodes;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.schema.Crosswalks;
import org.safeguarding.review.schema.DocumentValidator;
import org.safeguarding.review.schema.SchemaValidator;
import org.safeguarding.review.standard.IssueCodes;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;
import org.safeguarding.review.timescale.Timescales;
import org.safeguarding.review.timescale.WorkingDayCalendar;
import org.safeguarding.review.validation.ModelValidator;

/**
 * The README's Java examples, compiled and run. Each ```java block of the README must appear here
 * word for word (ignoring indentation), so the two cannot drift apart.
 */
class ReadmeExamplesTest {

  @Test
  void buildWriteReadAndValidate() {
    // README: build
    LearningSummary summary = LearningSummary.builder()
        .id("exampleshire-infant-a")
        .title("Infant A")
        .format(LearningFormat.SEVEN_MINUTE_BRIEFING)
        .partnership(Organisation.of("Exampleshire Safeguarding Children Partnership",
            OrganisationKind.SAFEGUARDING_CHILDREN_PARTNERSHIP))
        .addSubjects(Subject.of("Infant A", Age.parse("3 weeks")))
        .addSections(Section.builder()
            .kind(SectionKind.LEARNING)
            .heading("What we learned")
            .addContent(Block.of(Finding.builder()
                .id("F1")
                .kind(FindingKind.LEARNING)
                .statement("Safer sleep advice was not repeated after the family moved.")
                .addThemes(Theme.of(LearningTheme.SAFER_SLEEP))
                .build()))
            .build())
        .build();

    ReviewJson json = ReviewJson.strict().withPrettyPrinting();
    String text = json.write(summary);
    LearningSummary read = json.read(JsonInput.of(text), LearningSummary.class); // throws if invalid
    ValidationReport report = Standard.validator().validate(read);
    // README: end

    assertThat(read).isEqualTo(summary);
    assertThat(report.isValid()).isTrue();
    assertThat(text).contains("\"pseudonym\": \"Infant A\"");
  }

  @Test
  void readWithAReport(@TempDir Path folder) throws Exception {
    Path incoming = folder.resolve("incoming.json");
    Files.write(incoming, ExampleDocuments.bytes(ExampleDocuments.ESSEX_LEARNING_SUMMARY));
    List<String> printed = new ArrayList<>();

    // README: report
    ReadResult<ReviewDocument> result =
        ReviewJson.lenient().parse(JsonInput.of(incoming), ReviewDocument.class);
    for (ValidationIssue issue : result.report().issues()) {
      printed.add(issue.severity() + " " + issue.pointer() + " " + issue.code()
          + ": " + issue.message());
    }
    if (result.isValid()) {
      ReviewDocument document = result.document().orElseThrow();
      printed.add(document.getDocumentType() + " " + document.getId());
    }
    // README: end

    assertThat(printed).containsExactly("LEARNING_SUMMARY escb-child-hh-cc");
  }

  @Test
  void configureValidation(@TempDir Path folder) throws Exception {
    LearningSummary untaggedFinding =
        LearningSummary.builder()
            .from((LearningSummary) ExampleDocuments.read(ExampleDocuments.ESSEX_LEARNING_SUMMARY))
            .addSections(Section.builder().kind(SectionKind.LEARNING).heading("More")
                .addContent(Block.of(Finding.builder().id("F99").kind(FindingKind.LEARNING).statement("Not tagged.").build()))
                .build())
            .build();
    Path incoming = folder.resolve("incoming.json");
    ReviewJson.strict().write(untaggedFinding, incoming);

    // README: configure
    IssueCode untagged = IssueCodes.custom("acme.findingWithoutTheme", Severity.WARNING);
    DocumentCheck everyFindingHasATheme = parts -> parts.all(Finding.class).stream()
        .filter(finding -> finding.value().getThemes().isEmpty())
        .map(finding -> ValidationIssue.of(untagged, finding.at(Finding_.THEMES),
            "\"themes\" is empty; tag each finding with at least one theme"))
        .toList();
    ModelValidator validator = Standard.validator(Timescales.of(WorkingDayCalendar.englandAndWales(),
            Timescales.RapidReviewAnchor.BECAME_AWARE))
        .withCheck(everyFindingHasATheme);
    ReadResult<ReviewDocument> checked =
        ReviewJson.strict().withValidator(validator).parse(JsonInput.of(incoming), ReviewDocument.class);
    // README: end

    assertThat(checked.isValid()).isTrue();
    assertThat(checked.report().warnings())
        .extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(untagged, "/sections/" + (untaggedFinding.getSections().size() - 1) + "/content/0/finding/themes"));
  }

  @Test
  void validateWithTheSchemas() {
    byte[] bytes = ExampleDocuments.bytes(ExampleDocuments.EXAMPLESHIRE_RAPID_REVIEW);

    // README: schemas
    ReadResult<ReviewDocument> checked = DocumentValidator.strict().validate(JsonInput.of(bytes));
    ValidationReport schemaOnly = SchemaValidator.standard().validate(JsonInput.of(bytes));
    // README: end

    assertThat(checked.isValid()).isTrue();
    assertThat(schemaOnly.isValid()).isTrue();
  }

  @Test
  void joinWithTheNationalReturns() {
    RapidReview review = (RapidReview) ExampleDocuments.read(ExampleDocuments.EXAMPLESHIRE_RAPID_REVIEW);
    List<String> printed = new ArrayList<>();

    // README: national codes
    for (FamilyMember member : review.getFamilyMembers()) {
      for (RiskFactor factor : member.getRiskFactors()) {
        String code = factor.cinCode(FactorHolder.of(member)).map(NationalCode::code).orElse("not coded");
        printed.add(member.getLabel() + ": " + factor.getFactor().getLabel() + ", " + code);
      }
    }
    Optional<NationalCode> neglect = NationalCodes.single(ChildProtectionCategory.NEGLECT, CodeList.CIN_CATEGORY_OF_ABUSE);
    String legalStatuses = Crosswalks.read(CodeList.SSDA903_LEGAL_STATUS);
    // README: end

    assertThat(printed).containsExactly("Mother: Mental health, 4B", "Mother's partner: Domestic abuse, not coded");
    assertThat(neglect).map(NationalCode::code).contains("NEG");
    assertThat(legalStatuses).contains("\"code\": \"C2\"", "\"value\": \"FULL_CARE_ORDER\"");
  }

  @Test
  void countAcrossDocuments() {
    List<ReviewDocument> documents = ExampleDocuments.names().stream().map(ExampleDocuments::read).toList();
    List<String> printed = new ArrayList<>();

    // README: statistics
    CorpusStatistics statistics = documents.parallelStream().collect(CorpusStatistics.collector());
    for (Statistic statistic : statistics.getStatistics()) {
      for (Frequency row : statistics.getFrequencies(statistic)) {
        printed.add(statistic.getTitle() + ": " + row.label() + ", " + row.count());
      }
    }
    // README: end

    assertThat(statistics.getDocuments()).isEqualTo(documents.size());
    assertThat(printed).contains("Learning themes: Multi-agency working, 17", "Children by age band: Under 1, 11");
  }

  @Test
  void everyJavaBlockOfTheReadmeIsCompiledHere() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    String source =
        unindent(Files.readString(Path.of("src/test/java/org/safeguarding/review/examples/ReadmeExamplesTest.java")));
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    int blocks = 0;
    while (block.find()) {
      blocks++;
      assertThat(source).contains(unindent(block.group(1)));
    }
    assertThat(blocks).isEqualTo(6);
  }

  @Test
  void theReadmesJsonExampleIsAValidDocument() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(readme);

    assertThat(block.find()).isTrue();
    ReadResult<ReviewDocument> result = ReviewJson.strict().parse(JsonInput.of(block.group(1)), ReviewDocument.class);
    assertThat(result.report().issues()).isEmpty();
    assertThat(result.isValid()).isTrue();
  }

  private static String unindent(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }
}
