package org.safeguarding.review.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.JsonTree;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.report.CodeAt;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.testing.HostileCorpus;
import org.safeguarding.review.testing.Mutations;
import org.safeguarding.review.testing.SmallDocuments;
import org.safeguarding.review.testing.StructuralBreaks;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the JSON Schema adds to the report the one pass makes on a document that cannot be bound:
 * only the forms of parts the one pass could not build (fuzzing finds an age whose unit is not text
 * and which has no value: the schema says its form is broken, while the model checks the form of
 * built parts only). So a document read in one pass whose every part with form rules was built is
 * answered without a tree and without the schema: over the hostile corpus, the fixtures (as their
 * own type and as every other), the examples broken in their structure and fuzzed documents,
 * strict and lenient, every issue the schema gives such a document is in the one pass's report,
 * with the same code at the same place, and the document validator's report on any input is what
 * it was when it asked the schema about every document not bound (its report on the input's tree,
 * which still does).
 */
@Tag("slow")
class OnePassSchemaVerdictTest {

  private static final JsonTree.TreeReader TREES = JsonTree.reader(ReadLimits.defaults());
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void theHostileCorpusFixturesBrokenExamplesAndFuzzedDocumentsGetNothingMoreFromTheSchema() throws IOException {
    Answers answers = new Answers();
    HostileCorpus.all().forEach(c -> answers.check(c.input().get(), c.requestedType()));
    for (Path fixture : jsonFiles(Path.of("src/test/resources/v1"))) {
      byte[] json = Files.readAllBytes(fixture);
      answers.check(json, Optional.empty());
      for (DocumentType type : DocumentType.values()) {
        answers.check(json, Optional.of(type));
      }
    }
    for (Path example : jsonFiles(Path.of("..", "examples", "documents"))) {
      ObjectNode document = (ObjectNode) MAPPER.readTree(Files.readAllBytes(example));
      Random random = new Random(example.getFileName().toString().hashCode());
      for (int i = 0; i < 8; i++) {
        answers.check(MAPPER.writeValueAsBytes(StructuralBreaks.broken(document.deepCopy(), random, i % StructuralBreaks.WAYS)), Optional.empty());
      }
    }
    qt().withExamples(80).withShrinkCycles(10)
        .forAll(Mutations.json(SmallDocuments.trees(), 10))
        .checkAssert(inputs -> inputs.forEach(input -> answers.check(input.json(), Optional.empty())));
    qt().withExamples(80).withShrinkCycles(10)
        .forAll(Mutations.bytes(SmallDocuments.trees(), 10))
        .checkAssert(inputs -> inputs.forEach(input -> answers.check(input.json(), Optional.empty())));
    // Most examples broken are answered without a tree when not bound, and the schema has something to say about most.
    assertThat(answers.answered).as("not bound, answered without a tree").isPositive();
    assertThat(answers.schemaSpoke).as("of which the schema gave issues").isPositive();
  }

  private static List<Path> jsonFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json")).sorted().toList();
    }
  }

  /** Counts the documents not bound that are answered without a tree, and those of them the schema has issues with. */
  private static final class Answers {
    int answered;
    int schemaSpoke;

    void check(byte[] json, Optional<DocumentType> type) {
      for (boolean lenient : new boolean[] {false, true}) {
        String as = (lenient ? "lenient " : "strict ") + type;
        DocumentValidator validator = lenient ? DocumentValidator.lenient() : DocumentValidator.strict();
        ReviewJson codec = lenient ? ReviewJson.lenient() : ReviewJson.strict();
        Class<? extends ReviewDocument> modelType = type.<Class<? extends ReviewDocument>>map(ModelType::documentClass).orElse(ReviewDocument.class);
        Optional<ReadResult<? extends ReviewDocument>> onePass = withoutTree(codec, json, modelType);
        if (onePass.isPresent() && onePass.get().document().isEmpty() && !isCut(onePass.get())) {
          answered++;
          JsonTree tree = TREES.read(JsonInput.of(json));
          List<ValidationIssue> schema = schemaVerdict(tree, type, lenient);
          schemaSpoke += schema.isEmpty() ? 0 : 1;
          Set<CodeAt> reported = onePass.get().report().issues().stream().map(CodeAt::of).collect(Collectors.toSet());
          assertThat(schema).as(as + ": the schema's issues the one pass's report lacks")
              .filteredOn(issue -> !reported.contains(CodeAt.of(issue)))
              .isEmpty();
        }
        ReadResult<ReviewDocument> now = validator.validate(JsonInput.of(json), type);
        ReadResult<ReviewDocument> throughTree = validator.validate(TREES.read(JsonInput.of(json)), type);
        assertThat(now.document()).as(as).isEqualTo(throughTree.document());
        assertThat(now.report().issues()).as(as).containsExactlyElementsOf(throughTree.report().issues());
      }
    }
  }

  /**
   * The one pass's report on a document it answers without a tree; empty when it hands the
   * document's tree on, for the tree's path or the schema's verdict.
   */
  private static <T extends ReviewDocument> Optional<ReadResult<? extends ReviewDocument>> withoutTree(ReviewJson codec, byte[] json, Class<T> modelType) {
    boolean[] tree = {false};
    ReadResult<T> read = codec.parse(JsonInput.of(json), modelType, (given, onePass) -> {
      tree[0] = true;
      return onePass.orElseGet(() -> codec.parse(given, modelType));
    });
    return tree[0] ? Optional.empty() : Optional.of(read);
  }

  private static boolean isCut(ReadResult<? extends ReviewDocument> read) {
    return read.report().issues().stream().anyMatch(issue -> IssueCode.REPORT_ISSUES_LEFT_OUT.equals(issue.code()));
  }

  /** The schema's issues, as the document validator takes them: an unknown property kept when lenient is a warning. */
  private static List<ValidationIssue> schemaVerdict(JsonTree tree, Optional<DocumentType> type, boolean lenient) {
    return SchemaValidator.standard().validate(tree, type).issues().stream()
        .map(issue -> lenient && IssueCode.PROPERTY_UNKNOWN.equals(issue.code()) && issue.severity() == Severity.ERROR
            ? new ValidationIssue(Severity.WARNING, issue.code(), issue.pointer(), issue.message(), issue.location())
            : issue)
        .toList();
  }
}
