package org.safeguarding.review.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.testing.IssueText;
import tools.jackson.databind.node.ObjectNode;

class SchemaValidatorTest {

  private final SchemaValidator validator = SchemaValidator.standard();
  private final ReviewJson json = ReviewJson.strict();

  @Test
  void validDocumentsOfBothTypesHaveNoIssues() {
    assertThat(validator.validate(JsonInput.of(json.write(TestDocuments.learningSummary()))).issues()).isEmpty();
    assertThat(validator.validate(JsonInput.of(json.writeBytes(TestDocuments.rapidReview()))).issues()).isEmpty();
  }

  @Test
  void reportsEveryProblemAtOnceWithPointersAndCodes() {
    ObjectNode tree = (ObjectNode) json.toTree(TestDocuments.learningSummary());
    tree.remove("id");
    tree.put("format", "POSTER");
    tree.put("title", "  ");
    tree.put("publicationDate", "2023-02-30");
    tree.put("colour", "blue");
    ((ObjectNode) tree.at("/sections/0/content/0/finding")).put("statement", "x".repeat(5001));
    ((ObjectNode) tree.at("/subjects/0/age")).put("value", "3");
    tree.putArray("themes").add("GANGS");

    ValidationReport report = validator.validate(JsonInput.of(tree));

    assertThat(report.errors())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(IssueCode.VALUE_BLANK, "/title"),
            tuple(IssueCode.VALUE_ENUM, "/format"),
            tuple(IssueCode.VALUE_TYPE, "/subjects/0/age/value"),
            tuple(IssueCode.VALUE_TOO_LONG, "/sections/0/content/0/finding/statement"),
            tuple(IssueCode.VALUE_DATE, "/publicationDate"),
            tuple(IssueCode.PROPERTY_UNKNOWN, "/colour"),
            tuple(IssueCode.VALUE_FORMAT, "/themes/0"),
            tuple(IssueCode.PROPERTY_REQUIRED, "/id"));
    assertThat(report.toString()).doesNotContain("POSTER").doesNotContain("blue").doesNotContain("GANGS");
  }

  @Test
  void aDocumentOfAnotherTypeThanTheOneGivenIsAMismatch() {
    ValidationReport report = validator.validate(JsonInput.of(json.write(TestDocuments.learningSummary())), DocumentType.RAPID_REVIEW);

    assertThat(report.errors()).extracting(ValidationIssue::code, IssueText::pointer).contains(tuple(IssueCode.DOCUMENT_TYPE_MISMATCH, "/documentType"));
  }

  @Test
  void numbersBeyondTheRangeOfALongGetAVerdictNotAnException() {
    String[] values = {"1e19", "-1E400", "1E400", "1.5E300", "12345678901234567890123", "123456789012345678901234.5"};
    IssueCode[] codes = {IssueCode.VALUE_OUT_OF_RANGE, IssueCode.VALUE_OUT_OF_RANGE, IssueCode.VALUE_OUT_OF_RANGE, IssueCode.VALUE_OUT_OF_RANGE, IssueCode.VALUE_OUT_OF_RANGE, IssueCode.VALUE_TYPE};
    for (int i = 0; i < values.length; i++) {
      String text = json.write(TestDocuments.learningSummary()).replace("\"value\":3", "\"value\":" + values[i]);

      assertThat(validator.validate(JsonInput.of(text)).errors())
          .as(values[i])
          .extracting(ValidationIssue::code, IssueText::pointer)
          .containsExactly(tuple(codes[i], "/subjects/0/age/value"));
      assertThat(DocumentValidator.strict().validate(JsonInput.of(text)).report().errors())
          .extracting(ValidationIssue::code)
          .containsExactly(codes[i]);
    }
  }

  @Test
  void messagesNeverRepeatTheInputsValues() {
    String secret = "Jane-Doe-1234";
    ObjectNode tree = (ObjectNode) json.toTree(TestDocuments.learningSummary());
    tree.put("format", secret);
    tree.put("publicationDate", secret);
    tree.put("schemaVersion", secret);
    tree.put(secret, 1);
    tree.putArray("themes").add(secret);
    ((ObjectNode) tree.at("/subjects/0")).put("pseudonym", secret.repeat(30));
    ((ObjectNode) tree.at("/sections/0/content/0/finding")).put("id", secret + " x");

    ValidationReport schema = validator.validate(JsonInput.of(tree));
    ValidationReport full = DocumentValidator.strict().validate(JsonInput.of(tree)).report();

    assertThat(schema.errors()).hasSizeGreaterThanOrEqualTo(6);
    for (ValidationIssue issue : schema.merge(full).issues()) {
      assertThat(issue.message()).doesNotContain("Jane");
    }
  }

  @Test
  void theSchemaWordsAFormRuleAndAnUnknownPropertyAsTheModelDoes() throws Exception {
    ObjectNode tree = (ObjectNode) json.toTree(TestDocuments.learningSummary());
    tools.jackson.databind.node.ArrayNode content = (tools.jackson.databind.node.ArrayNode) tree.at("/sections/0/content");
    content.addObject();
    content.addObject().put("paragraph", "A paragraph.").put("question", "A question?");
    content.addObject().putObject("list").putArray("items").add(tree.objectNode().put("number", "1.").put("text", "One."))
        .add(tree.objectNode().put("text", "Two.")).add(tree.objectNode().put("label", "A label"));
    tree.putObject("partnership").put("succeededBy", "the Safeguarding Children Partnership");
    ((ObjectNode) tree.at("/subjects/0/age")).remove("unit");
    ((ObjectNode) tree.at("/subjects/0")).put("colour", "blue");

    List<ValidationIssue> schema = validator.validate(JsonInput.of(tree)).errors();
    List<ValidationIssue> model = json.parse(JsonInput.of(tree), org.safeguarding.review.LearningSummary.class).report().errors();

    assertThat(schema)
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactlyInAnyOrder(
            tuple(FormRule.Codes.ORGANISATION_UNNAMED, "/partnership"),
            tuple(FormRule.Codes.AGE_FORM, "/subjects/0/age"),
            tuple(IssueCode.PROPERTY_UNKNOWN, "/subjects/0/colour"),
            tuple(FormRule.Codes.CONTENT_MISSING, "/sections/0/content/2"),
            tuple(FormRule.Codes.CONTENT_SEVERAL, "/sections/0/content/3"),
            tuple(FormRule.Codes.LIST_NUMBERING, "/sections/0/content/4/list/items"),
            tuple(FormRule.Codes.ITEM_LABEL, "/sections/0/content/4/list/items/2"),
            tuple(FormRule.Codes.CONTENT_MISSING, "/sections/0/content/4/list/items/2"));
    // The model cannot bind the document, for its unknown property, yet checks each sound part's
    // form on its own, and words every issue as the schema does.
    assertThat(model).containsExactlyInAnyOrderElementsOf(schema);
  }

  @Test
  void malformedJsonAndAnUnknownTypeAreReportedWithoutASchema() {
    assertThat(validator.validate(JsonInput.of("{\"documentType\": ")).errors()).extracting(ValidationIssue::code).containsExactly(IssueCode.JSON_MALFORMED);
    assertThat(validator.validate(JsonInput.of("{\"documentType\": \"Poster\"}")).errors()).extracting(ValidationIssue::code).containsExactly(IssueCode.DOCUMENT_TYPE_UNKNOWN);
  }
}
