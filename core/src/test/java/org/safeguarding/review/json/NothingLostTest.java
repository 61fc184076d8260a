package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ValueKind;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.testing.Draw;
import org.safeguarding.review.testing.IssueText;
import org.safeguarding.review.testing.JsonValues;
import org.safeguarding.review.testing.SmallDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nothing lost: unknown properties, with any name the model does not use and any JSON value
 * (numbers such as 1.10 and 1E+400 held exactly, nested objects and arrays), added anywhere in a
 * generated document, are reported as warnings at their pointers by the lenient reader and written
 * back out unchanged; the strict reader reports each as an error.
 */
class NothingLostTest {

  private static final ReviewJson LENIENT = ReviewJson.lenient();
  private static final ReviewJson STRICT = ReviewJson.strict();
  private static final JsonMapper WRITER = JsonMapper.builder().build();

  /** Every JSON property name of every part of both document types. */
  private static final Set<String> MODEL_NAMES = modelNames();

  /** Names that are hard for a reader or a JSON Pointer, none of them the model's. */
  private static final List<String> NAMES =
      List.of("", " ", "a/b", "~", "~1", "x.y", "$ref", "__proto__", "constructor", "\u0000", "\u2028", "😀",
          "Title", "TITLE", "title ", "qzxcanary", "x".repeat(200));

  @Test
  void unknownPropertiesSurviveALenientReadAndWrite() {
    qt().withExamples(400).withShrinkCycles(50)
        .forAll(withUnknownProperties(SmallDocuments.trees()))
        .checkAssert(extended -> {
          byte[] json = WRITER.writeValueAsBytes(extended.tree());
          ReadResult<ReviewDocument> read = LENIENT.parse(JsonInput.of(json), ReviewDocument.class);

          assertThat(read.report().errors()).as("errors").isEmpty();
          assertThat(read.report().warnings())
              .as("the warnings of the document without the unknown properties, and one for each of them")
              .containsExactlyInAnyOrderElementsOf(expectedWarnings(extended));

          JsonNode written = JsonTree.reader(ReadLimits.defaults()).read(JsonInput.of(LENIENT.writeBytes(read.document().orElseThrow()))).getRoot().orElseThrow();
          List<String> differences = new ArrayList<>();
          compare(extended.tree(), written, "", differences);
          assertThat(differences).as("what writing changed").isEmpty();
        });
  }

  @Test
  void theStrictReaderReportsEachUnknownPropertyAsAnError() {
    qt().withExamples(100).withShrinkCycles(50)
        .forAll(withUnknownProperties(SmallDocuments.trees()))
        .checkAssert(extended -> {
          ReadResult<ReviewDocument> read = STRICT.parse(JsonInput.of(WRITER.writeValueAsBytes(extended.tree())), ReviewDocument.class);

          assertThat(read.document()).isEmpty();
          assertThat(read.report().issues())
              .extracting(ValidationIssue::severity, ValidationIssue::code, issue -> issue.pointer().fullText())
              .containsExactlyInAnyOrderElementsOf(extended.pointers().stream()
                  .map(p -> tuple(Severity.ERROR, IssueCode.PROPERTY_UNKNOWN, p)).toList());
        });
  }

  /**
   * {@code unknownProperties} is the name of the accessor that holds unknown properties, not a
   * JSON property of any part; as an unknown property it is kept like any other.
   */
  @Test
  void anUnknownPropertyNamedUnknownPropertiesIsKept() {
    ObjectNode tree = (ObjectNode) STRICT.toTree(TestDocuments.learningSummary());
    tree.putObject("unknownProperties").put("a", 1);

    ReadResult<ReviewDocument> read = LENIENT.parse(JsonInput.of(tree), ReviewDocument.class);

    assertThat(read.report().issues())
        .extracting(ValidationIssue::severity, ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(Severity.WARNING, IssueCode.PROPERTY_UNKNOWN, "/unknownProperties"));
    assertThat(LENIENT.toTree(read.document().orElseThrow()).get("unknownProperties")).isEqualTo(tree.get("unknownProperties"));
  }

  /** The original document's warnings, and a warning for each unknown property added. */
  private static List<ValidationIssue> expectedWarnings(Extended extended) {
    List<ValidationIssue> warnings = new ArrayList<>(LENIENT.parse(JsonInput.of(extended.original()), ReviewDocument.class).report().warnings());
    ReadResult<ReviewDocument> read = LENIENT.parse(JsonInput.of(WRITER.writeValueAsBytes(extended.tree())), ReviewDocument.class);
    for (String pointer : extended.pointers()) {
      read.report().warnings().stream()
          .filter(w -> IssueCode.PROPERTY_UNKNOWN.equals(w.code()) && w.pointer().fullText().equals(pointer))
          .findFirst()
          .ifPresentOrElse(
              warnings::add,
              () -> warnings.add(new ValidationIssue(Severity.WARNING, IssueCode.PROPERTY_UNKNOWN, Pointer.parse(pointer), "(expected)", Optional.empty())));
    }
    return warnings;
  }

  /**
   * A document's tree with unknown properties added, the tree it had before, and the pointers of
   * the properties added.
   */
  record Extended(ObjectNode original, ObjectNode tree, List<String> pointers) {
    @Override
    public String toString() {
      return pointers + "\n" + tree;
    }
  }

  /** Each document with one to five unknown properties added to objects drawn from all of its objects. */
  static Gen<Extended> withUnknownProperties(Gen<ObjectNode> documents) {
    return in -> {
      ObjectNode original = documents.generate(in);
      ObjectNode tree = original.deepCopy();
      Draw draw = new Draw(in);
      List<Map.Entry<String, ObjectNode>> objects = new ArrayList<>();
      objects(tree, "", objects);
      List<String> pointers = new ArrayList<>();
      for (int i = draw.between(1, 5); i > 0; i--) {
        Map.Entry<String, ObjectNode> object = draw.pick(objects);
        String name = name(draw);
        if (!object.getValue().has(name)) {
          object.getValue().set(name, JsonValues.wellFormedValues(3).generate(in));
          pointers.add(object.getKey() + "/" + name.replace("~", "~0").replace("/", "~1"));
        }
      }
      return new Extended(original, tree, pointers);
    };
  }

  private static String name(Draw draw) {
    String name = draw.coin() ? draw.pick(NAMES) : draw.text(30);
    return MODEL_NAMES.contains(name) || name.equals("unknownProperties") ? name + "-x" : name;
  }

  private static void objects(JsonNode node, String pointer, List<Map.Entry<String, ObjectNode>> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(Map.entry(pointer, object));
      for (Map.Entry<String, JsonNode> property : object.properties()) {
        objects(property.getValue(), pointer + "/" + property.getKey(), objects);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        objects(array.get(i), pointer + "/" + i, objects);
      }
    }
  }

  /**
   * Differences between two trees: objects compared by their properties in any order, arrays item
   * by item, numbers by value and scale (1.10 is not 1.1), everything else by equality.
   */
  static void compare(JsonNode expected, JsonNode actual, String pointer, List<String> differences) {
    String at = pointer.isEmpty() ? "(document)" : pointer;
    if (expected.isNumber() && actual.isNumber()) {
      if (!expected.decimalValue().equals(actual.decimalValue())) {
        differences.add(at + ": " + expected + " became " + actual);
      }
    } else if (expected.isObject() && actual.isObject()) {
      for (Map.Entry<String, JsonNode> property : expected.properties()) {
        JsonNode other = actual.get(property.getKey());
        if (other == null) {
          differences.add(at + ": lost " + property.getKey() + ", which was " + property.getValue());
        } else {
          compare(property.getValue(), other, pointer + "/" + property.getKey(), differences);
        }
      }
      for (String name : actual.propertyNames()) {
        if (!expected.has(name)) {
          differences.add(at + ": gained " + name);
        }
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        compare(expected.get(i), actual.get(i), pointer + "/" + i, differences);
      }
    } else if (!expected.equals(actual)) {
      differences.add(at + ": " + expected + " became " + actual);
    }
  }

  private static Set<String> modelNames() {
    Set<String> names = new TreeSet<>();
    collect(LearningSummary.class, names, new HashSet<>());
    collect(RapidReview.class, names, new HashSet<>());
    return names;
  }

  private static void collect(Class<?> type, Set<String> names, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    for (ModelProperty property : ModelType.of(type).properties()) {
      names.add(property.name());
      if (property.kind() == ValueKind.OBJECT) {
        collect(property.valueClass(), names, seen);
      }
    }
  }
}
