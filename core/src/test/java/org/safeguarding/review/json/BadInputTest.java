package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.rules.References;
import org.safeguarding.review.testing.IssueText;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input, one case per row: each gives a typed exception carrying exactly the expected errors,
 * each with its code and JSON Pointer, and no message repeats a value from the input.
 */
class BadInputTest {

  private static final ReviewJson JSON = ReviewJson.strict();

  record Expected(IssueCode code, String pointer) {
    @Override
    public String toString() {
      return code + " at " + (pointer.isEmpty() ? "(document)" : pointer);
    }
  }

  record Case(String name, String json, Class<? extends ReviewDocument> type, List<Expected> errors) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        text("empty input", "", error(IssueCode.JSON_EMPTY, "")),
        text("only whitespace", " \n\t ", error(IssueCode.JSON_EMPTY, "")),
        text("not JSON at all", "Child HH is six months old", error(IssueCode.JSON_MALFORMED, "")),
        text("truncated", "{\"documentType\": \"LearningSummary\", \"title\": \"Chi", error(IssueCode.JSON_MALFORMED, "/title")),
        text("a comment", "// a note\n{}", error(IssueCode.JSON_MALFORMED, "")),
        text("a trailing comma", "{\"documentType\": \"LearningSummary\",}", error(IssueCode.JSON_MALFORMED, "/documentType")),
        text("NaN", "{\"documentType\": \"LearningSummary\", \"n\": NaN}", error(IssueCode.JSON_MALFORMED, "/n")),
        text("a top-level array", "[]", error(IssueCode.JSON_NOT_AN_OBJECT, "")),
        text("a top-level number", "42", error(IssueCode.JSON_NOT_AN_OBJECT, "")),
        text(
            "a duplicate property",
            "{\"documentType\": \"LearningSummary\", \"id\": \"a\", \"id\": \"b\"}",
            error(IssueCode.JSON_DUPLICATE_PROPERTY, "/id")),
        text(
            "trailing content",
            JSON.write(TestDocuments.learningSummary()) + " {}",
            error(IssueCode.JSON_TRAILING_CONTENT, "")),
        anyType("documentType missing", d -> d.remove("documentType"), error(IssueCode.DOCUMENT_TYPE_MISSING, "/documentType")),
        anyType("documentType unknown", d -> d.put("documentType", "Poster"), error(IssueCode.DOCUMENT_TYPE_UNKNOWN, "/documentType")),
        anyType("documentType not text", d -> d.put("documentType", 7), error(IssueCode.DOCUMENT_TYPE_UNKNOWN, "/documentType")),
        summary("documentType missing where a type is asked for", d -> d.remove("documentType"),
            error(IssueCode.PROPERTY_REQUIRED, "/documentType")),
        summary("documentType unknown where a type is asked for", d -> d.put("documentType", "Poster"),
            error(IssueCode.DOCUMENT_TYPE_MISMATCH, "/documentType")),
        new Case(
            "documentType of another type",
            JSON.write(TestDocuments.learningSummary()),
            RapidReview.class,
            List.of(
                error(IssueCode.DOCUMENT_TYPE_MISMATCH, "/documentType"),
                error(IssueCode.PROPERTY_UNKNOWN, "/title"),
                error(IssueCode.PROPERTY_UNKNOWN, "/format"),
                error(IssueCode.PROPERTY_UNKNOWN, "/subjects"),
                error(IssueCode.PROPERTY_UNKNOWN, "/sections"),
                error(IssueCode.PROPERTY_REQUIRED, "/timeline"),
                error(IssueCode.PROPERTY_REQUIRED, "/children"),
                error(IssueCode.PROPERTY_REQUIRED, "/incident"))),
        summary("schemaVersion of another major version", d -> d.put("schemaVersion", "2.0.0"),
            error(IssueCode.DOCUMENT_VERSION_UNSUPPORTED, "/schemaVersion")),
        summary("schemaVersion not a version", d -> d.put("schemaVersion", "one"), error(IssueCode.VALUE_PATTERN, "/schemaVersion")),
        summary("schemaVersion missing", d -> d.remove("schemaVersion"), error(IssueCode.PROPERTY_REQUIRED, "/schemaVersion")),
        summary("required properties missing", d -> d.remove(List.of("id", "title")),
            error(IssueCode.PROPERTY_REQUIRED, "/id"), error(IssueCode.PROPERTY_REQUIRED, "/title")),
        summary("a required list missing", d -> d.remove("sections"), error(IssueCode.PROPERTY_REQUIRED, "/sections")),
        summary("a required list empty", d -> d.putArray("sections"), error(IssueCode.ARRAY_TOO_SHORT, "/sections")),
        summary("a required property in a nested object missing",
            d -> ((ObjectNode) d.at("/sections/0/content/0/finding")).remove("statement"),
            error(IssueCode.PROPERTY_REQUIRED, "/sections/0/content/0/finding/statement")),
        summary("text where an object belongs", d -> d.put("partnership", "Exampleshire"), error(IssueCode.VALUE_TYPE, "/partnership")),
        summary("a number where text belongs", d -> d.put("title", 5), error(IssueCode.VALUE_TYPE, "/title")),
        summary("an object where a list belongs", d -> d.putObject("sections"), error(IssueCode.VALUE_TYPE, "/sections")),
        summary("text where a number belongs", d -> ((ObjectNode) d.at("/subjects/0/age")).put("value", "3"),
            error(IssueCode.VALUE_TYPE, "/subjects/0/age/value")),
        summary("a fraction where a whole number belongs", d -> ((ObjectNode) d.at("/subjects/0/age")).put("value", 2.5),
            error(IssueCode.VALUE_TYPE, "/subjects/0/age/value")),
        summary("a number too large for a whole number", d -> ((ObjectNode) d.at("/subjects/0/age")).put("value", 1e12),
            error(IssueCode.VALUE_OUT_OF_RANGE, "/subjects/0/age/value")),
        summary("a date that is not text", d -> d.putArray("sources").addObject().put("decisionDate", 2023),
            error(IssueCode.VALUE_TYPE, "/sources/0/decisionDate")),
        summary("a number where a boolean belongs",
            d -> d.putArray("familyMembers").addObject().put("label", "Mother").put("role", "MOTHER").put("careLeaver", 1),
            error(IssueCode.VALUE_TYPE, "/familyMembers/0/careLeaver")),
        summary("null for an optional value", d -> d.putNull("series"), error(IssueCode.VALUE_TYPE, "/series")),
        summary("null for a required value", d -> d.putNull("title"), error(IssueCode.VALUE_TYPE, "/title")),
        summary("null in a list", d -> ((ArrayNode) d.at("/sections/0/content/0/finding/themes")).addNull(),
            error(IssueCode.VALUE_TYPE, "/sections/0/content/0/finding/themes/1")),
        summary("an unknown enumeration value", d -> d.put("format", "POSTER"), error(IssueCode.VALUE_ENUM, "/format")),
        summary("an enumeration value as a number", d -> d.put("format", 1),
            error(IssueCode.VALUE_TYPE, "/format"), error(IssueCode.VALUE_ENUM, "/format")),
        summary("an enumeration value in lower case", d -> d.put("format", "learning_summary"), error(IssueCode.VALUE_ENUM, "/format")),
        summary("an impossible partial date", d -> d.put("publicationDate", "2023-02-30"), error(IssueCode.VALUE_DATE, "/publicationDate")),
        summary("a span of years that does not end after it starts", d -> d.put("publicationDate", "2012/2011"),
            error(IssueCode.VALUE_DATE, "/publicationDate")),
        summary("a season by a name the model does not use", d -> d.put("publicationDate", "2021-fall"),
            error(IssueCode.VALUE_DATE, "/publicationDate")),
        summary("an unknown theme", d -> ((ArrayNode) d.at("/sections/0/content/0/finding/themes")).add("GANGS"),
            error(IssueCode.VALUE_FORMAT, "/sections/0/content/0/finding/themes/1")),
        summary("an unknown property", d -> d.put("dateOfBirth", "2020-01-01"), error(IssueCode.PROPERTY_UNKNOWN, "/dateOfBirth")),
        summary("a blank text", d -> d.put("title", " \t "), error(IssueCode.VALUE_BLANK, "/title")),
        summary("a text too long", d -> d.put("title", "x".repeat(501)), error(IssueCode.VALUE_TOO_LONG, "/title")),
        summary("an id of the wrong form", d -> ((ObjectNode) d.at("/sections/0/content/0/finding")).put("id", "F 1"),
            error(IssueCode.VALUE_PATTERN, "/sections/0/content/0/finding/id"),
            error(References.UNKNOWN_FINDING, "/sections/0/content/1/recommendation/findings/0")),
        summary("an age out of range", d -> ((ObjectNode) d.at("/subjects/0/age")).put("value", 151),
            error(IssueCode.VALUE_OUT_OF_RANGE, "/subjects/0/age/value")),
        summary("a link that is not absolute", d -> ((ArrayNode) d.at("/sections/0/content")).addObject().putObject("resource")
                .put("title", "Guide").put("link", "#"),
            error(IssueCode.VALUE_PATTERN, "/sections/0/content/2/resource/link")),
        review("an impossible date", d -> ((ObjectNode) d.at("/timeline")).put("becameAware", "2023-02-30"),
            error(IssueCode.VALUE_DATE, "/timeline/becameAware")),
        review("a date in another form", d -> ((ObjectNode) d.at("/timeline")).put("becameAware", "02/03/2026"),
            error(IssueCode.VALUE_DATE, "/timeline/becameAware")),
        review("a decision without a rationale", d -> ((ObjectNode) d.at("/decision")).remove("rationale"),
            error(IssueCode.PROPERTY_REQUIRED, "/decision/rationale")),
        summary(
            "many problems at once, structural and not",
            d -> {
              d.remove("id");
              d.put("format", "POSTER");
              d.put("title", "   ");
              d.put("publicationDate", "2023-13");
              d.put("colour", "blue");
              ((ObjectNode) d.at("/sections/0/content/0/finding")).put("statement", "");
              ((ObjectNode) d.at("/subjects/0/age")).put("unit", "FORTNIGHTS");
            },
            error(IssueCode.PROPERTY_UNKNOWN, "/colour"),
            error(IssueCode.VALUE_ENUM, "/format"),
            error(IssueCode.PROPERTY_REQUIRED, "/id"),
            error(IssueCode.VALUE_DATE, "/publicationDate"),
            error(IssueCode.VALUE_BLANK, "/sections/0/content/0/finding/statement"),
            error(IssueCode.VALUE_ENUM, "/subjects/0/age/unit"),
            error(IssueCode.VALUE_BLANK, "/title")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputGivesATypedExceptionWithEveryErrorAtItsPointer(Case c) {
    assertThatThrownBy(() -> JSON.read(JsonInput.of(c.json()), c.type()))
        .isInstanceOfSatisfying(
            DocumentReadException.class,
            e -> {
              assertThat(e.getReport().errors())
                  .extracting(i -> new Expected(i.code(), i.pointer().toString()))
                  .containsExactlyInAnyOrderElementsOf(c.errors());
              e.getReport().issues().forEach(issue -> assertThat(issue.message()).isNotBlank());
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsingTheSameInputReportsTheSameErrorsWithoutThrowing(Case c) {
    ReadResult<? extends ReviewDocument> result = JSON.parse(JsonInput.of(c.json()), c.type());

    assertThat(result.isValid()).isFalse();
    assertThat(result.report().issues(Severity.ERROR)).hasSize(c.errors().size());
  }

  @org.junit.jupiter.api.Test
  void malformedJsonCarriesItsLineAndColumn() {
    ReadResult<ReviewDocument> result =
        JSON.parse(JsonInput.of("{\n  \"documentType\": \"LearningSummary\",\n  \"id\": x\n}"), ReviewDocument.class);

    ValidationIssue issue = result.report().errors().get(0);
    assertThat(issue.code()).isEqualTo(IssueCode.JSON_MALFORMED);
    assertThat(issue.location()).isPresent();
    assertThat(issue.location().get().line()).isEqualTo(3);
    assertThat(issue.toString()).contains("line 3");
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "nesting | /sections/0/content/0/finding | objects and arrays are nested deeper than the limit nesting-depth, 5",
        "string | /title | a string is longer than the limit string-length, 500 characters",
        "number | /subjects/0/age/value | a number is longer than the limit number-length, 10 characters",
        "array | /keywords | the array has more items than the limit array-length, 3",
        "name | | a property name is longer than the limit property-name-length, 20 characters",
        "document | | the document is larger than the limit document-bytes, 2000 bytes"
      })
  void breakingALimitIsOneErrorNamingItAndWhere(String limit, String pointer, String message) {
    ReadLimits limits = ReadLimits.defaults();
    ObjectNode tree = (ObjectNode) JSON.toTree(TestDocuments.learningSummary());
    switch (limit) {
      case "nesting" -> {
        // The document itself is nested deeper than 5: its first finding is the sixth level.
        limits = limits.with(ReadLimit.NESTING_DEPTH, 5);
      }
      case "string" -> {
        limits = limits.with(ReadLimit.STRING_LENGTH, 500);
        tree.put("title", "t".repeat(501));
      }
      case "number" -> {
        limits = limits.with(ReadLimit.NUMBER_LENGTH, 10);
        ((ObjectNode) tree.at("/subjects/0/age")).put("value", new java.math.BigInteger("1".repeat(11)));
      }
      case "array" -> {
        limits = limits.with(ReadLimit.ARRAY_LENGTH, 3);
        tree.putArray("keywords").add("a").add("b").add("c").add("d");
      }
      case "name" -> {
        limits = limits.with(ReadLimit.PROPERTY_NAME_LENGTH, 20);
        tree.put("abcdefghijklmnopqrstuvwxyz", 1);
      }
      default -> {
        limits = limits.with(ReadLimit.DOCUMENT_BYTES, 2000);
        tree.putArray("keywords").add("k".repeat(2_000));
      }
    }

    ReadResult<LearningSummary> result = JSON.withLimits(limits).parse(JsonInput.of(tree.toString()), LearningSummary.class);

    assertThat(result.report().errors())
        .extracting(ValidationIssue::code, IssueText::pointer, ValidationIssue::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(IssueCode.JSON_LIMIT_EXCEEDED, pointer == null ? "" : pointer, message));
    if (!limit.equals("document") && !limit.equals("array")) {
      assertThat(result.report().errors().get(0).location()).as("where the limit was broken").isPresent();
    }
  }

  /**
   * Jackson stops a number of millions of digits at the string limit, as it keeps a number's text
   * as a string's; the message calls it a number (issue 25), and a string of digits a string.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void aNumberLongerThanTheStringLimitIsCalledANumber(boolean asBytes) {
    ReadLimits limits = ReadLimits.defaults().with(ReadLimit.STRING_LENGTH, 1_000);
    String digits = "7".repeat(50_000);
    String document = JSON.write(TestDocuments.learningSummary()).replaceFirst("\\{", "{\"n\":" + digits + ",\"s\":\"" + digits + "\",");

    for (String which : List.of("number", "string")) {
      String json = which.equals("number") ? document : document.replaceFirst("\"n\":7+,", "");
      JsonInput input = asBytes ? JsonInput.of(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : JsonInput.of(json);

      List<ValidationIssue> errors = JSON.withLimits(limits).parse(input, LearningSummary.class).report().errors();

      assertThat(errors).extracting(ValidationIssue::code).containsExactly(IssueCode.JSON_LIMIT_EXCEEDED);
      assertThat(errors.get(0).message()).as(which).startsWith("a " + which + " is longer than").contains(ReadLimit.STRING_LENGTH.inWords());
    }
  }

  @org.junit.jupiter.api.Test
  void notANumberOrAnInfinityInATreeMadeElsewhereIsAWrongType() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      ObjectNode tree = (ObjectNode) JSON.toTree(TestDocuments.learningSummary());
      ((ObjectNode) tree.at("/subjects/0/age")).put("value", bad);

      ReadResult<LearningSummary> result = JSON.parse(JsonInput.of(tree), LearningSummary.class);

      assertThat(result.report().errors())
          .extracting(ValidationIssue::code, IssueText::pointer)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(IssueCode.VALUE_TYPE, "/subjects/0/age/value"));
    }
  }

  @org.junit.jupiter.api.Test
  void bytesThatAreNotTextInAnyUnicodeEncodingAreMalformedJson() {
    byte[][] inputs = {
      {0, 0, 0, '{', 0, 0, 0, '"', 0, 0x11, 0, 0},
      {0, 0, 0, '{', 0, 0, 0, '"', 0, 0},
      {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0xD8},
      {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}
    };
    for (byte[] input : inputs) {
      ReadResult<ReviewDocument> bytes = JSON.parse(JsonInput.of(input), ReviewDocument.class);
      ReadResult<ReviewDocument> stream = JSON.parse(JsonInput.of(new java.io.ByteArrayInputStream(input)), ReviewDocument.class);

      assertThat(bytes.report().errors()).extracting(ValidationIssue::code).containsExactly(IssueCode.JSON_MALFORMED);
      assertThat(stream.report().errors()).extracting(ValidationIssue::code).containsExactly(IssueCode.JSON_MALFORMED);
    }
  }

  @org.junit.jupiter.api.Test
  void messagesNeverRepeatTheInputsValues() {
    String secret = "Jane-Doe-1234";
    String[] inputs = {
      secret,
      "{\"documentType\": \"" + secret + "\"}",
      "{\"documentType\": \"LearningSummary\", \"format\": \"" + secret + "\"}",
      "{\"documentType\": \"LearningSummary\", \"publicationDate\": \"" + secret + "\"}",
      "{\"documentType\": \"LearningSummary\", \"title\": " + secret.length() + ", \"x\": " + secret + "}",
      "{\"documentType\": \"LearningSummary\", \"themes\": [\"" + secret + "\"]}",
    };
    for (String input : inputs) {
      ReadResult<ReviewDocument> result = JSON.parse(JsonInput.of(input), ReviewDocument.class);
      assertThat(result.report().issues()).isNotEmpty();
      assertThat(result.report().toString()).doesNotContain(secret).doesNotContain("Jane");
    }
  }

  @org.junit.jupiter.api.Test
  void aNewerMinorVersionIsReadWithAWarning() {
    ObjectNode tree = (ObjectNode) JSON.toTree(TestDocuments.learningSummary());
    tree.put("schemaVersion", "1.4.0");

    ReadResult<LearningSummary> result = JSON.parse(JsonInput.of(tree), LearningSummary.class);

    assertThat(result.isValid()).isTrue();
    assertThat(result.report().warnings())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(IssueCode.DOCUMENT_VERSION_UNSUPPORTED, "/schemaVersion"));
  }

  @org.junit.jupiter.api.Test
  void anUnknownEnumerationValueIsReportedWithTheAllowedValues() {
    ObjectNode tree = (ObjectNode) JSON.toTree(TestDocuments.learningSummary());
    tree.put("format", "POSTER");

    ValidationIssue issue = JSON.parse(JsonInput.of(tree), LearningSummary.class).report().errors().get(0);

    assertThat(issue.message())
        .isEqualTo(
            "\"format\" must be one of LEARNING_SUMMARY, SEVEN_MINUTE_BRIEFING, STEP_BRIEFING, LEARNING_BRIEFING,"
                + " AUDIT_BRIEFING, REPORT, ANNUAL_REPORT, PRESS_RELEASE, NEWS_REPORT, NEWS_ITEM, NEWSLETTER, MEETING_PAPERS, REVIEW_NOTICE, GUIDANCE_PAGE,"
                + " INDEX_PAGE, OTHER");
  }

  private static Expected error(IssueCode code, String pointer) {
    return new Expected(code, pointer);
  }

  private static Case text(String name, String json, Expected... errors) {
    return new Case(name, json, ReviewDocument.class, List.of(errors));
  }

  private static Case summary(String name, Consumer<ObjectNode> edit, Expected... errors) {
    ObjectNode tree = (ObjectNode) JSON.toTree(TestDocuments.learningSummary());
    edit.accept(tree);
    return new Case(name, tree.toString(), LearningSummary.class, List.of(errors));
  }

  private static Case anyType(String name, Consumer<ObjectNode> edit, Expected... errors) {
    ObjectNode tree = (ObjectNode) JSON.toTree(TestDocuments.learningSummary());
    edit.accept(tree);
    return new Case(name, tree.toString(), ReviewDocument.class, List.of(errors));
  }

  private static Case review(String name, Consumer<ObjectNode> edit, Expected... errors) {
    ObjectNode tree = (ObjectNode) JSON.toTree(TestDocuments.rapidReview());
    edit.accept(tree);
    return new Case(name, tree.toString(), RapidReview.class, List.of(errors));
  }

}
