package org.safeguarding.review.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.rules.DatesInOrder;
import org.safeguarding.review.rules.Ranges;
import org.safeguarding.review.rules.References;
import org.safeguarding.review.rules.TableWidths;
import org.safeguarding.review.rules.UniqueNames;
import org.safeguarding.review.standard.IssueCodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixtures of schema version 1: every {@code valid-*.json} is valid with no issues; every
 * {@code warnings-*.json} is valid and gives exactly the warnings its {@code .expected.json} lists
 * (a document that is valid but incomplete, such as a rapid review with statutory gaps); every
 * {@code invalid-*.json} gives exactly the errors its {@code .expected.json} lists, each a pointer
 * and a code, through the full {@link DocumentValidator}, and the same errors less the cross-field
 * rules through the {@link SchemaValidator} alone.
 */
class SchemaFixturesTest {

  private static final Path FOLDER = Path.of("src/test/resources/v1");

  record Expected(String pointer, IssueCode code) {}

  @TestFactory
  Stream<DynamicTest> validFixturesHaveNoIssues() {
    return fixtures("valid-")
        .map(
            file ->
                dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      byte[] json = Files.readAllBytes(file);
                      ReadResult<ReviewDocument> result = DocumentValidator.strict().validate(JsonInput.of(json));
                      assertThat(result.report().issues()).isEmpty();
                      assertThat(result.document()).isPresent();
                      assertThat(SchemaValidator.standard().validate(JsonInput.of(json)).issues()).isEmpty();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> warningFixturesAreValidWithTheirExpectedWarnings() {
    return fixtures("warnings-")
        .filter(file -> !file.toString().endsWith(".expected.json"))
        .map(
            file ->
                dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      byte[] json = Files.readAllBytes(file);
                      ReadResult<ReviewDocument> result = DocumentValidator.strict().validate(JsonInput.of(json));
                      assertThat(result.isValid()).isTrue();
                      assertThat(result.report().errors()).isEmpty();
                      assertThat(result.report().warnings().stream().map(i -> new Expected(i.pointer().toString(), i.code())).toList())
                          .containsExactlyInAnyOrderElementsOf(expected(file, "warnings"));
                      assertThat(SchemaValidator.standard().validate(JsonInput.of(json)).issues()).isEmpty();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> invalidFixturesGiveTheirExpectedErrors() {
    return fixtures("invalid-")
        .filter(file -> !file.toString().endsWith(".expected.json"))
        .map(
            file ->
                dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      byte[] json = Files.readAllBytes(file);
                      List<Expected> expected = expected(file);

                      ValidationReport full = DocumentValidator.strict().validate(JsonInput.of(json)).report();
                      assertThat(errors(full)).as("document validator").containsExactlyInAnyOrderElementsOf(expected);

                      List<Expected> structural =
                          expected.stream().filter(e -> !SchemaModelAgreementTest.isModelOnly(e.code())).toList();
                      assertThat(errors(SchemaValidator.standard().validate(JsonInput.of(json))))
                          .as("schema validator")
                          .containsExactlyInAnyOrderElementsOf(structural);
                    }));
  }

  @Test
  void thereAreFixturesOfEveryKind() {
    assertThat(fixtures("valid-").count()).isGreaterThanOrEqualTo(5);
    assertThat(fixtures("warnings-").filter(f -> !f.toString().endsWith(".expected.json")).count()).isGreaterThanOrEqualTo(1);
    assertThat(fixtures("invalid-").filter(f -> f.toString().endsWith(".expected.json")).count())
        .isGreaterThanOrEqualTo(30)
        .isEqualTo(fixtures("invalid-").filter(f -> !f.toString().endsWith(".expected.json")).count());
    Set<IssueCode> codes =
        Set.copyOf(
            fixtures("invalid-")
                .filter(f -> f.toString().endsWith(".expected.json"))
                .flatMap(f -> expected(Path.of(f.toString().replace(".expected.json", ".json"))).stream())
                .map(Expected::code)
                .toList());
    assertThat(codes)
        .contains(
            IssueCode.PROPERTY_REQUIRED, IssueCode.PROPERTY_UNKNOWN, IssueCode.VALUE_TYPE, IssueCode.VALUE_ENUM,
            IssueCode.VALUE_DATE, IssueCode.VALUE_FORMAT, IssueCode.VALUE_BLANK, IssueCode.VALUE_TOO_LONG,
            IssueCode.VALUE_PATTERN, IssueCode.VALUE_OUT_OF_RANGE, IssueCode.ARRAY_TOO_SHORT, IssueCode.JSON_MALFORMED,
            IssueCode.JSON_DUPLICATE_PROPERTY, IssueCode.DOCUMENT_TYPE_MISSING, DatesInOrder.DATES_OUT_OF_ORDER,
            FormRule.Codes.CONTENT_MISSING, FormRule.Codes.CONTENT_SEVERAL, FormRule.Codes.ITEM_LABEL, FormRule.Codes.LIST_NUMBERING,
            TableWidths.TABLE_CELL_COUNT, FormRule.Codes.AGE_FORM, Ranges.RANGE_REVERSED, FormRule.Codes.WHEN_FORM,
            FormRule.Codes.ORGANISATION_UNNAMED, FormRule.Codes.RESOURCE_FORM, References.UNKNOWN_SOURCE, UniqueNames.GROUP_LABEL_DUPLICATE);
  }

  private static List<Expected> errors(ValidationReport report) {
    return report.errors().stream().map(i -> new Expected(i.pointer().toString(), i.code())).toList();
  }

  private static List<Expected> expected(Path fixture) {
    return expected(fixture, "errors");
  }

  private static List<Expected> expected(Path fixture, String kind) {
    Path file = Path.of(fixture.toString().replace(".json", ".expected.json"));
    JsonNode errors = JsonMapper.shared().readTree(file.toFile()).path(kind);
    return errors.valueStream().map(e -> new Expected(e.path("pointer").asString(), code(e.path("code").asString()))).toList();
  }

  private static Stream<Path> fixtures(String prefix) {
    try {
      return Files.list(FOLDER).filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  private static IssueCode code(String text) {
    return IssueCodes.fromText(text).orElseThrow(() -> new IllegalStateException("No such code: " + text));
  }
}
