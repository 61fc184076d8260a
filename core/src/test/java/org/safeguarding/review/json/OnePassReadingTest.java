package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.testing.Fuzzing;
import org.safeguarding.review.testing.HostileCase;
import org.safeguarding.review.testing.HostileCorpus;
import org.safeguarding.review.testing.Mutations;
import org.safeguarding.review.testing.SmallDocuments;
import org.safeguarding.review.testing.StructuralBreaks;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one pass from tokens to the model (issue 28), which {@link ReviewJson#parse(JsonInput,
 * Class)} tries first, gives what the tree's path ({@link ReviewJson#parse(JsonTree, Class)} of a
 * tree read by a {@link JsonTree.TreeReader}) gives: the same document and the same issues in the
 * same order, strict and lenient, from bytes, text and streams, over the examples, the fixtures of
 * the JSON Schema module, the hostile corpus and fuzzed documents. Where the one pass
 * gives up, the tree's path reads the document, so the comparison is honest only if the one pass
 * reads documents itself: the examples show that it reads every valid one.
 */
class OnePassReadingTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "documents");
  private static final Path FIXTURES = Path.of("..", "json-schema", "src", "test", "resources", "v1");

  static Stream<Path> examples() throws IOException {
    return jsonFiles(EXAMPLES);
  }

  static Stream<Path> fixtures() throws IOException {
    return jsonFiles(FIXTURES);
  }

  private static Stream<Path> jsonFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theOnePassReadsEveryExampleItselfAndGivesWhatTheTreeGives(Path example) throws IOException {
    byte[] json = Files.readAllBytes(example);
    for (boolean lenient : new boolean[] {false, true}) {
      assertThat(onePass(json, Optional.empty(), lenient).flatMap(TokenReader.Read::document))
          .as("read in one pass, %s", lenient ? "lenient" : "strict").isPresent();
    }
    assertSame(json, Optional.empty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theFixturesGiveWhatTheTreeGives(Path fixture) throws IOException {
    byte[] json = Files.readAllBytes(fixture);
    readAs().forEach(readAs -> assertSame(json, readAs));
  }

  private static Stream<Optional<DocumentType>> readAs() {
    return Stream.concat(Stream.of(Optional.<DocumentType>empty()), Arrays.stream(DocumentType.values()).map(Optional::of));
  }

  /**
   * The fixtures that cannot be bound, as their own type and as every other, which the one pass
   * answers itself rather than leaving them to the tree's path: all but those with no type to be
   * read as (no known documentType, and none asked for), or whose text the tree's reader rejects
   * (too-long arrays, unpaired surrogates, JSON that cannot be read).
   */
  @Test
  void theOnePassAnswersMostFixturesThatCannotBeBound() throws IOException {
    int unbound = 0;
    int answered = 0;
    for (Path fixture : fixtures().toList()) {
      byte[] json = Files.readAllBytes(fixture);
      for (Optional<DocumentType> readAs : readAs().toList()) {
        for (boolean lenient : new boolean[] {false, true}) {
          if (codec(lenient).parse(JsonInput.of(json), documentClass(readAs)).document().isEmpty()) {
            unbound++;
            answered += onePass(json, readAs, lenient).isPresent() ? 1 : 0;
          }
        }
      }
    }
    assertThat(answered).as("answered in one pass, of %d not bound", unbound).isGreaterThanOrEqualTo(unbound / 4).isPositive();
  }

  /** The fixtures the one pass reads itself: the valid ones, and those whose only problems come after binding. */
  @Test
  void theOnePassReadsTheFixturesThatCanBeBound() throws IOException {
    List<String> read = new ArrayList<>();
    List<String> bound = new ArrayList<>();
    for (Path fixture : fixtures().toList()) {
      byte[] json = Files.readAllBytes(fixture);
      for (boolean lenient : new boolean[] {false, true}) {
        String name = fixture.getFileName() + (lenient ? " lenient" : " strict");
        if (onePass(json, Optional.empty(), lenient).flatMap(TokenReader.Read::document).isPresent()) {
          read.add(name);
        }
        if (codec(lenient).parse(JsonInput.of(json), ReviewDocument.class).document().isPresent()) {
          bound.add(name);
        }
      }
    }
    assertThat(read).isNotEmpty().isSubsetOf(bound);
    assertThat(read.size()).as("read in one pass, of %d bound", bound.size()).isGreaterThanOrEqualTo(bound.size() * 3 / 4);
  }

  @Tag("slow")
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.safeguarding.review.testing.HostileCorpus#all")
  void theHostileCorpusGivesWhatTheTreeGives(HostileCase c) {
    assertSame(c.input().get(), c.requestedType());
  }

  /**
   * Every example broken in its structure, a few ways at a few places each (a value of another JSON
   * type, a property taken away, an unknown property added, a text that is not a date), gives what
   * the tree gives, and the one pass answers every one of them that cannot be bound itself.
   */
  @Test
  void examplesBrokenInTheirStructureAreAnsweredInOnePass() throws IOException {
    Answers answers = new Answers();
    for (Path example : examples().toList()) {
      ObjectNode document = (ObjectNode) MAPPER.readTree(Files.readAllBytes(example));
      Random random = new Random(example.getFileName().toString().hashCode());
      for (int i = 0; i < 8; i++) {
        answers.sameAndCounted(MAPPER.writeValueAsBytes(StructuralBreaks.broken(document.deepCopy(), random, i % StructuralBreaks.WAYS)));
      }
    }
    // Not every break leaves a document that cannot be bound: an optional property taken away, a lenient unknown one.
    assertThat(answers.unbound).isGreaterThanOrEqualTo(Math.toIntExact(examples().count()) * 4);
    assertThat(answers.answered).as("answered in one pass, of %d not bound", answers.unbound).isEqualTo(answers.unbound);
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * Every example as each type it does not declare, and with its header changed (a newer minor
   * schema version, another major one, no documentType, a documentType that is not text, or one
   * not first), gives what the tree gives, and the one pass answers each itself: the header's
   * issues and a type asked for are no longer left to the tree's path.
   */
  @Test
  void headerIssuesAndTypesAskedForAreAnsweredInOnePass() throws IOException {
    SchemaVersion current = SchemaVersion.CURRENT;
    List<String> versions = List.of(current.getMajor() + "." + (current.getMinor() + 1) + ".0", (current.getMajor() + 1) + ".0.0");
    int answered = 0;
    for (Path example : examples().toList()) {
      ObjectNode document = (ObjectNode) MAPPER.readTree(Files.readAllBytes(example));
      DocumentType declared = DocumentType.fromJsonName(document.get("documentType").stringValue()).orElseThrow();
      List<ObjectNode> changed = new ArrayList<>();
      for (String version : versions) {
        changed.add(document.deepCopy().put("schemaVersion", version));
      }
      ObjectNode untyped = document.deepCopy();
      untyped.remove("documentType");
      changed.add(untyped);
      ObjectNode notText = document.deepCopy();
      notText.putArray("documentType").add(declared.getJsonName());
      changed.add(notText);
      ObjectNode typeLast = untyped.deepCopy().put("documentType", declared.getJsonName());
      changed.add(typeLast);
      for (ObjectNode json : changed) {
        byte[] bytes = MAPPER.writeValueAsBytes(json);
        for (Optional<DocumentType> type : readAs().toList()) {
          if ((json == untyped || json == notText) && type.isEmpty()) {
            continue; // no type to read it as: the header's issue alone, left to the tree's path
          }
          assertSame(bytes, type);
          for (boolean lenient : new boolean[] {false, true}) {
            assertThat(onePass(bytes, type, lenient)).as("%s as %s, %s", example.getFileName(), type, lenient ? "lenient" : "strict").isPresent();
            answered++;
          }
        }
      }
    }
    assertThat(answered).isGreaterThanOrEqualTo(Math.toIntExact(examples().count()) * 8);
  }

  /**
   * Stands for an unpaired surrogate in a document written by Jackson, which writes none itself
   * (in a property's name, Jackson's parser rejects one: JSON that cannot be read, left to the tree's path).
   */
  private static final String UNPAIRED = "UNPAIRED-SURROGATE";

  /**
   * Every example with unpaired surrogates in a few of its texts (and, for some,
   * an array longer than the limit, holding more of them, both as an unknown property and as a
   * list of the model) gives what the tree gives: {@link TreeCheck}'s issues alone, in its order;
   * and the one pass answers each itself, reading the tokens again for those issues.
   */
  @Test
  void documentsTheTreeCheckRejectsAreAnsweredInOnePass() throws IOException {
    int answered = 0;
    int tooLong = Math.toIntExact(ReadLimit.ARRAY_LENGTH.defaultValue()) + 1;
    for (Path example : examples().toList()) {
      ObjectNode document = (ObjectNode) MAPPER.readTree(Files.readAllBytes(example));
      Random random = new Random(example.getFileName().toString().hashCode());
      List<ObjectNode> objects = new ArrayList<>();
      List<ObjectNode> holders = new ArrayList<>();
      document.findParents("id").forEach(node -> objects.add((ObjectNode) node));
      for (ObjectNode object : objects) {
        object.properties().stream().filter(p -> p.getValue().isString()).forEach(p -> holders.add(object));
      }
      for (int i = 0; i < 3 && !holders.isEmpty(); i++) {
        ObjectNode holder = holders.get(random.nextInt(holders.size()));
        List<String> texts = holder.properties().stream().filter(p -> p.getValue().isString()).map(Map.Entry::getKey).toList();
        holder.put(texts.get(random.nextInt(texts.size())), "before " + UNPAIRED + " after");
      }
      List<ObjectNode> variants = new ArrayList<>(List.of(document));
      if (answered < 6) {
        ObjectNode unknown = document.deepCopy();
        ArrayNode items = unknown.putArray("tooLong");
        for (int i = 0; i < tooLong; i++) {
          items.add(i % 1000 == 0 ? UNPAIRED : "x");
        }
        variants.add(unknown);
        ObjectNode list = document.deepCopy();
        String listed = list.properties().stream().filter(p -> p.getValue().isArray()).map(Map.Entry::getKey).findFirst().orElseThrow();
        ArrayNode listItems = list.putArray(listed);
        for (int i = 0; i < tooLong; i++) {
          listItems.add(UNPAIRED);
        }
        variants.add(list);
      }
      for (ObjectNode variant : variants) {
        byte[] json = MAPPER.writeValueAsString(variant).replace(UNPAIRED, "\\ud800").getBytes(StandardCharsets.UTF_8);
        assertSame(json, Optional.empty());
        for (boolean lenient : new boolean[] {false, true}) {
          Optional<TokenReader.Read> read = onePass(json, Optional.empty(), lenient);
          assertThat(read).as("%s, %s", example.getFileName(), lenient ? "lenient" : "strict").isPresent();
          assertThat(read.get().issues().issues()).extracting(ValidationIssue::code).isNotEmpty().isSubsetOf(IssueCode.JSON_MALFORMED, IssueCode.JSON_LIMIT_EXCEEDED);
          answered++;
        }
      }
    }
    assertThat(answered).isGreaterThanOrEqualTo(Math.toIntExact(examples().count()) * 2);
  }

  @Tag("slow")
  @Test
  void fuzzedDocumentsGiveWhatTheTreeGives() {
    Answers answers = new Answers();
    int checked = Fuzzing.check(Mutations.json(SmallDocuments.trees(), 10), 150, 10, input -> answers.sameAndCounted(input.json()))
        + Fuzzing.check(Mutations.bytes(SmallDocuments.trees(), 10), 150, 10, input -> answers.sameAndCounted(input.json()));
    assertThat(checked).isEqualTo(2 * 150 * 10);
    // Most mutations break the JSON text itself, which the tree's path reports; the rest break the structure.
    assertThat(answers.answered).as("answered in one pass, of %d not bound", answers.unbound).isPositive();
  }

  /** Counts the inputs that cannot be bound, and those of them the one pass answers itself. */
  private static final class Answers {
    int unbound;
    int answered;

    void sameAndCounted(byte[] json) {
      assertSame(json, Optional.empty());
      count(json, Optional.empty());
    }

    void count(byte[] json, Optional<DocumentType> type) {
      for (boolean lenient : new boolean[] {false, true}) {
        if (codec(lenient).parse(JsonInput.of(json), documentClass(type)).document().isEmpty()) {
          unbound++;
          answered += onePass(json, type, lenient).isPresent() ? 1 : 0;
        }
      }
    }
  }

  /** What the one pass itself gives, with no tree's path behind it: empty where it leaves the input to the tree. */
  private static Optional<TokenReader.Read> onePass(byte[] json, Optional<DocumentType> type, boolean lenient) {
    return TokenReader.read(JsonInput.of(json), type, ReadLimits.defaults(), lenient, codec(lenient).getValidator().getConstraints());
  }

  private static Class<? extends ReviewDocument> documentClass(Optional<DocumentType> type) {
    return type.<Class<? extends ReviewDocument>>map(ModelType::documentClass).orElse(ReviewDocument.class);
  }

  private static void assertSame(byte[] json, Optional<DocumentType> type) {
    Class<? extends ReviewDocument> readAs = documentClass(type);
    for (boolean lenient : new boolean[] {false, true}) {
      String as = (lenient ? "lenient " : "strict ") + type;
      List<Supplier<JsonInput>> inputs = List.of(
          () -> JsonInput.of(json), () -> JsonInput.of(new String(json, StandardCharsets.UTF_8)), () -> JsonInput.of(new ByteArrayInputStream(json)));
      for (Supplier<JsonInput> input : inputs) {
        ReviewJson codec = codec(lenient);
        ReadResult<? extends ReviewDocument> tree = codec.parse(JsonTree.reader(codec.getLimits()).read(input.get()), readAs);
        ReadResult<? extends ReviewDocument> onePass = codec.parse(input.get(), readAs);
        assertThat(onePass.document()).as(as).isEqualTo(tree.document());
        assertThat(onePass.report().issues()).as(as).containsExactlyElementsOf(tree.report().issues());
      }
    }
  }

  private static ReviewJson codec(boolean lenient) {
    return lenient ? ReviewJson.lenient() : ReviewJson.strict();
  }
}
