package org.safeguarding.review.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.review.Classification;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.Resource;
import org.safeguarding.review.Section;
import org.safeguarding.review.SectionKind;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.testing.IssueText;

class PersonalDataScannerTest {

  private final PersonalDataScanner scanner = PersonalDataScanner.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Her NHS number is 943 476 5919. | NHS_NUMBER",
        "NHS no. 9434765919 | NHS_NUMBER",
        "recorded as 401-023-2137 on the referral | NHS_NUMBER",
        "NI number AB 12 34 56 C on file | NATIONAL_INSURANCE_NUMBER",
        "JG103759A | NATIONAL_INSURANCE_NUMBER",
        "The family lived at CO4 3SQ. | POSTCODE",
        "moved to SW1A 1AA | POSTCODE",
        "the flat in M1 1AE | POSTCODE",
        "letters to GIR 0AA | POSTCODE",
        "EC1A 1BB, the office | POSTCODE",
        "the family lived at sw1a 1aa | POSTCODE",
        "moved to co4 3sq in the spring | POSTCODE",
        "Co4 3sQ, written as the mother gave it | POSTCODE",
        "the flat in m1 1ae | POSTCODE",
        "letters to gir 0aa | POSTCODE",
        "ec1a1bb | POSTCODE",
        "the address SW1A 1ST | POSTCODE",
        "Call 01206 123456 | PHONE_NUMBER",
        "mobile 07700 900123 | PHONE_NUMBER",
        "+44 7700 900123 | PHONE_NUMBER",
        "(01206) 123456 | PHONE_NUMBER",
        "wrote to mother.t@example.org | EMAIL_ADDRESS",
        "Child HH was born on 12 March 2019. | DATE_OF_BIRTH",
        "DOB: 12/03/2019 | DATE_OF_BIRTH",
        "date of birth 2019-03-12 | DATE_OF_BIRTH",
        "born 3rd of March, 2019 | DATE_OF_BIRTH",
        "12.03.19 (DOB) | DATE_OF_BIRTH",
        "D.O.B. March 12, 2019 | DATE_OF_BIRTH"
      })
  void findsEachKindOfPersonalData(String text, PersonalDataKind kind) {
    assertThat(kind.foundIn(text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Section 47 threshold had not been met.",
        "Child HH and Child CC",
        "Child HH, aged 6 months, and Child CC aged 2 years",
        "aged 6 months",
        "In 2019 and again in 2021",
        "born in 2019",
        "born in March 2019",
        "SI 2018/789 regulation 11",
        "Children Act 2004 s16C",
        "Rapid review SIN-2026-0004 and review RR/2023/017",
        "1234567890 is not an NHS number",
        "943 476 5910",
        "The meeting on 12/03/2019 was cancelled.",
        "COVID-19 restrictions from 23 March 2020",
        "F4 and R1 link to section 3",
        "15 working days; 7 working days before publication",
        "A score of 12 34 56 on the scale",
        "the M25 near junction 28",
        "the m25 near junction 28",
        "the s47 2nd strategy meeting",
        "in y6 1st term and y7 3rd term",
        "from ks2 4th year",
        "covid-19 in 2020 and b12 deficiency",
        "www.example.org/case-reviews"
      })
  void doesNotFlagTheNumbersReviewsDoContain(String text) {
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      assertThat(kind.foundIn(text)).as(kind + " in: " + text).isFalse();
    }
  }

  /**
   * Long texts built to make naive patterns backtrack for ever finish: a hang guard with a bound
   * far above the milliseconds the scan takes, not a speed goal.
   */
  @Test
  void longTextsAreScannedWithoutCatastrophicBacktracking() {
    List<String> texts =
        List.of(
            "x".repeat(60_000),
            "a.".repeat(30_000) + "@",
            "1".repeat(60_000),
            "0 ".repeat(30_000),
            "born ".repeat(12_000),
            "12/".repeat(20_000),
            "AB1 ".repeat(15_000),
            "ab1 ".repeat(15_000),
            "a1 1".repeat(15_000),
            "x@".repeat(30_000) + "example");
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(30),
        () -> texts.forEach(text -> {
          for (PersonalDataKind kind : PersonalDataKind.values()) {
            kind.foundIn(text);
          }
        }));
  }

  @ParameterizedTest
  @CsvSource({"9434765919, true", "4010232137, true", "9434765910, false", "1234567890, false", "0000000000, true"})
  void checksTheModulus11CheckDigit(String digits, boolean valid) {
    assertThat(PersonalDataKind.hasValidCheckDigit(digits)).isEqualTo(valid);
  }

  @Test
  void hitsAreErrorsInPublishedDocumentsAtTheFieldWithoutTheValue() {
    LearningSummary summary = withParagraphs(TestDocuments.learningSummary(), "Contact 07700 900123 or mother.t@example.org.", "Nothing personal here.");

    List<ValidationIssue> issues = scanner.check(summary);

    assertThat(issues)
        .extracting(ValidationIssue::severity, ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(Severity.ERROR, PersonalDataKind.PHONE_NUMBER.getCode(), "/sections/1/content/0/paragraph"),
            tuple(Severity.ERROR, PersonalDataKind.EMAIL_ADDRESS.getCode(), "/sections/1/content/0/paragraph"));
    assertThat(issues).allSatisfy(issue -> assertThat(issue.message()).doesNotContain("07700").doesNotContain("example.org"));
    assertThat(issues.get(0).message()).isEqualTo("\"paragraph\" may hold a telephone number; a document meant for publication must not identify anyone (an organisation's 03, 08 or 09 number is not flagged)");
  }

  @Test
  void hitsAreWarningsInSensitiveDocumentsAndTheClassificationCanBeSet() {
    RapidReview review = RapidReview.builder().from(TestDocuments.rapidReview()).livedExperience("Baby T was born on 1 January 2026.").build();
    RapidReview published = RapidReview.builder().from(review).classification(Classification.FOR_PUBLICATION).build();
    LearningSummary sensitive = LearningSummary.builder().from(withParagraphs(TestDocuments.learningSummary(), "Postcode CO4 3SQ")).classification(Classification.SENSITIVE).build();

    assertThat(review.classification()).isEqualTo(Classification.SENSITIVE);
    assertThat(scanner.check(review)).extracting(ValidationIssue::severity, ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(Severity.WARNING, PersonalDataKind.DATE_OF_BIRTH.getCode(), "/livedExperience"));
    assertThat(scanner.check(published)).extracting(ValidationIssue::severity).containsExactly(Severity.ERROR);
    assertThat(scanner.check(sensitive)).extracting(ValidationIssue::severity).containsExactly(Severity.WARNING);
  }

  @Test
  void everyFreeTextOfTheNewPartsIsScannedWhereverItSits() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .provenance(org.safeguarding.review.Provenance.builder().note("copied from sw1a 1aa").build())
            .addGroups(org.safeguarding.review.Group.builder().label("boys").description("lived near co4 3sq").build())
            .addPeople(org.safeguarding.review.PersonInRole.builder().addRoles(org.safeguarding.review.RoleKind.WITNESS).roleAsWritten("Call 07700 900123").build())
            .addSections(
                Section.builder()
                    .kind(SectionKind.LEARNING)
                    .addContent(org.safeguarding.review.Block.of(org.safeguarding.review.ItemList.of(
                        org.safeguarding.review.Item.builder().label("Safety").text("m1 1ae").build())))
                    .build())
            .build();

    assertThat(scanner.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactlyInAnyOrder(
            tuple(PersonalDataKind.POSTCODE.getCode(), "/provenance/note"),
            tuple(PersonalDataKind.POSTCODE.getCode(), "/groups/0/description"),
            tuple(PersonalDataKind.PHONE_NUMBER.getCode(), "/people/0/roleAsWritten"),
            tuple(PersonalDataKind.POSTCODE.getCode(), "/sections/1/content/0/list/items/0/text"));
  }

  /** The corpus of issue 25: evasions, missed forms and false alarms, each with what must be found. */
  static Stream<Arguments> detectorCorpus() throws IOException {
    try (InputStream in = PersonalDataScannerTest.class.getResourceAsStream("/privacy/detector-cases.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> {
            int bar = line.indexOf(" | ");
            return Arguments.of(line.substring(0, bar), unescape(line.substring(bar + 3)));
          })
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("detectorCorpus")
  void theDetectorCorpusIsReadAsAReaderSeesIt(String expected, String text) {
    if (expected.equals("NONE")) {
      assertThat(PersonalDataKind.found(text)).as(text).isEmpty();
    } else {
      assertThat(PersonalDataKind.found(text)).as(text).contains(PersonalDataKind.valueOf(expected));
    }
  }

  @Test
  void theDetectorCorpusHasPositiveAndNegativeCasesOfEveryKind() throws IOException {
    List<Object> expected = detectorCorpus().map(arguments -> arguments.get()[0]).toList();
    assertThat(expected).contains("NONE");
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      assertThat(expected).contains(kind.name());
    }
  }

  @Test
  void identifiersLinksAndLocalThemesAreScannedAsWords() {
    LearningSummary summary = withParagraphs(TestDocuments.learningSummary(), "Nothing here.");
    LearningSummary withCodes =
        LearningSummary.builder()
            .from(summary)
            .id("ls-07700900123")
            .addThemes(org.safeguarding.review.Theme.local("JG103759A"), org.safeguarding.review.Theme.local("SW1A_1AA"), org.safeguarding.review.Theme.local("XQ9I5EB"))
            .addSections(
                Section.builder()
                    .kind(SectionKind.FURTHER_READING)
                    .addContent(org.safeguarding.review.Block.of(Resource.builder().title("Guide").link("https://example.org/view?email=mother.t%40example.org&nhs=9434765919").build()))
                    .addContent(org.safeguarding.review.Block.of(Resource.builder().title("Write").link("https://example.org/contact?to=safeguarding%40example.org").build()))
                    .build())
            .build();

    assertThat(scanner.check(withCodes))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactlyInAnyOrder(
            tuple(PersonalDataKind.PHONE_NUMBER.getCode(), "/id"),
            tuple(PersonalDataKind.NATIONAL_INSURANCE_NUMBER.getCode(), "/themes/0"),
            tuple(PersonalDataKind.POSTCODE.getCode(), "/themes/1"),
            tuple(PersonalDataKind.NHS_NUMBER.getCode(), "/sections/2/content/0/resource/link"),
            tuple(PersonalDataKind.EMAIL_ADDRESS.getCode(), "/sections/2/content/0/resource/link"));
  }

  @Test
  void aPropertyNameThatHoldsPersonalDataIsFoundAndWithheldFromThePointerAndMessage() {
    String json = ReviewJson.lenient().write(TestDocuments.learningSummary()).replaceFirst("\\{", "{\"JG103759A\": {\"note\": \"07700 900123\"},");
    LearningSummary summary = ReviewJson.lenient().parse(JsonInput.of(json), LearningSummary.class).document().orElseThrow();

    List<ValidationIssue> issues = scanner.check(summary);

    assertThat(issues)
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactlyInAnyOrder(
            tuple(PersonalDataKind.NATIONAL_INSURANCE_NUMBER.getCode(), "/(withheld)"),
            tuple(PersonalDataKind.PHONE_NUMBER.getCode(), "/(withheld)/note"));
    assertThat(issues).allSatisfy(issue -> assertThat(issue.toString()).doesNotContain("JG103759A").doesNotContain("103759"));
  }

  private static String unescape(String text) {
    Matcher escape = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(text);
    return escape.replaceAll(found -> String.valueOf((char) Integer.parseInt(found.group(1), 16)));
  }

  private static LearningSummary withParagraphs(LearningSummary summary, String... paragraphs) {
    return LearningSummary.builder()
        .from(summary)
        .addSections(Section.builder().kind(SectionKind.BACKGROUND).content(java.util.Arrays.stream(paragraphs).map(org.safeguarding.review.Block::paragraph).toList()).build())
        .build();
  }
}
