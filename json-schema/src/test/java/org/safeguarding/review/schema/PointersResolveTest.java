package org.safeguarding.review.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.JsonMappers;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.rules.RapidReviewWarnings;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.testing.Breakage;
import org.safeguarding.review.testing.ModelGenerators;
import org.safeguarding.review.testing.Mutated;
import org.safeguarding.review.testing.Mutations;
import org.safeguarding.review.testing.SmallDocuments;
import org.safeguarding.review.validation.ModelValidator;
import tools.jackson.databind.JsonNode;

/**
 * Every pointer any check emits points at a place in its document: over the example documents,
 * the fixtures and generated documents, read from JSON or built in code, the value is there, or,
 * for something missing, the object that lacks it is.
 */
class PointersResolveTest {

  /**
   * Codes for something that is not there, whose pointer names the missing property or the list
   * that lacks items, which JSON leaves out when it is empty; a rapid review's statutory gaps are
   * such codes too.
   */
  private static final Set<IssueCode> ABSENT =
      Set.of(IssueCode.PROPERTY_REQUIRED, IssueCode.DOCUMENT_TYPE_MISSING, IssueCode.ARRAY_TOO_SHORT, RapidReviewWarnings.SIGN_OFF_MISSING,
          RapidReviewWarnings.DEATHS_ON_ONE_NOTIFICATION);

  static Stream<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : List.of(Path.of("src/test/resources/v1"), Path.of("../examples/documents"))) {
      try (Stream<Path> listed = Files.list(folder)) {
        listed.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json")).forEach(files::add);
      }
    }
    return files.stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyPointerOfAFileResolves(Path file) throws IOException {
    byte[] json = Files.readAllBytes(file);
    assertResolves(json, DocumentValidator.strict().validate(JsonInput.of(json)).report());
    assertResolves(json, DocumentValidator.lenient().validate(JsonInput.of(json)).report());
    assertResolves(json, ReviewJson.strict().parse(JsonInput.of(json), ReviewDocument.class).report());
    assertResolves(json, SchemaValidator.standard().validate(JsonInput.of(json)));
  }

  @Test
  void everyPointerOfAGeneratedDocumentWithABrokenConstraintResolves() {
    qt().withExamples(300).withShrinkCycles(10)
        .forAll(Breakage.of(ModelGenerators.documents()))
        .checkAssert(broken -> {
          JsonNode written = ReviewJson.strict().toTree(broken.document());
          assertResolves(written, Standard.validator().validate(broken.document()));
          byte[] json = ReviewJson.strict().writeBytes(broken.document());
          assertResolves(json, DocumentValidator.strict().validate(JsonInput.of(json)).report());
        });
  }

  @Test
  void everyPointerOfAMutatedDocumentResolves() {
    qt().withExamples(100).withShrinkCycles(10)
        .forAll(Mutations.json(SmallDocuments.trees(), 10))
        .checkAssert(inputs -> inputs.forEach(PointersResolveTest::assertResolves));
  }

  private static void assertResolves(Mutated input) {
    assertResolves(input.json(), DocumentValidator.strict().validate(JsonInput.of(input.json())).report());
    assertResolves(input.json(), ReviewJson.lenient().parse(JsonInput.of(input.json()), ReviewDocument.class).report());
  }

  private static void assertResolves(byte[] json, ValidationReport report) {
    boolean readable = report.issues().stream()
        .noneMatch(i -> i.code().category() == IssueCategory.READING || i.code().category() == IssueCategory.LIMIT);
    if (readable) {
      assertResolves(JsonMappers.standard().readTree(json), report);
    }
  }

  private static void assertResolves(JsonNode document, ValidationReport report) {
    for (ValidationIssue issue : report.issues()) {
      Pointer pointer = issue.pointer();
      boolean present = !document.at(issue.pointer().fullText()).isMissingNode();
      boolean parentPresent =
          pointer.parent().map(parent -> document.at(parent.fullText()).isObject()).orElse(false);
      boolean absent = ABSENT.contains(issue.code()) || issue.code().category() == IssueCategory.STATUTORY_GAP;
      assertThat(present || absent && parentPresent)
          .as(issue + " in " + document.toString().substring(0, Math.min(300, document.toString().length())))
          .isTrue();
    }
  }
}
