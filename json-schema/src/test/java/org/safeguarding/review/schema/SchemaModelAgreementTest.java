package org.safeguarding.review.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.Form;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ModelWalker;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.rules.DatesInOrder;
import org.safeguarding.review.rules.PlacementOverlaps;
import org.safeguarding.review.rules.Ranges;
import org.safeguarding.review.rules.References;
import org.safeguarding.review.rules.TableWidths;
import org.safeguarding.review.rules.UniqueIds;
import org.safeguarding.review.rules.UniqueNames;
import org.safeguarding.review.testing.Draw;
import org.safeguarding.review.testing.ModelGenerators;
import org.safeguarding.review.testing.Mutated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema and the model agree: for generated valid documents and for single mutations of them,
 * the schema's verdict and the model's (reading, binding, Bean Validation) are the same, with
 * errors at the same JSON Pointers and, at each pointer, a code in common.
 *
 * <p>Excluded explicitly, because no JSON Schema can express them: the cross-field domain rules
 * listed in {@link #CROSS_FIELD_CODES}, and the timescale ({@code timescale.*}) and privacy
 * ({@code privacy.*}) checks, which read dates against a calendar and scan free text. Mutations of {@code /documentType} are not generated,
 * because the type is decided before a schema is chosen.
 */
@Tag("slow")
class SchemaModelAgreementTest {

  /** The domain rules no schema can express; the README lists them. */
  static final Set<IssueCode> CROSS_FIELD_CODES =
      Set.of(
          DatesInOrder.DATES_OUT_OF_ORDER,
          PlacementOverlaps.PLACEMENTS_OVERLAP,
          UniqueIds.ID_DUPLICATE,
          UniqueNames.PSEUDONYM_DUPLICATE,
          UniqueNames.LABEL_DUPLICATE,
          UniqueNames.GROUP_LABEL_DUPLICATE,
          References.UNKNOWN_FINDING,
          References.UNKNOWN_SUBJECT,
          References.UNKNOWN_PERSON,
          References.UNKNOWN_SOURCE,
          References.UNKNOWN_PART,
          Ranges.RANGE_REVERSED,
          Ranges.ABOVE_OUT_OF,
          TableWidths.TABLE_CELL_COUNT);

  private static final ReviewJson JSON = ReviewJson.strict();
  private static final Map<String, AtomicInteger> CASES = new TreeMap<>();

  /** A document tree with one mutation applied, and what the mutation was. */
  record Mutated(DocumentType type, JsonNode tree, String what) {
    @Override
    public String toString() {
      return what;
    }
  }

  @Test
  void generatedValidDocumentsAreValidForBoth() {
    qt().withShrinkCycles(20)
        .withExamples(300)
        .forAll(ModelGenerators.documents())
        .checkAssert(
            document -> {
              count("valid document");
              Mutated unchanged = new Mutated(document.getDocumentType(), JSON.toTree(document), "valid document");
              assertThat(schemaErrors(unchanged)).isEmpty();
              assertThat(modelErrors(unchanged)).isEmpty();
            });
  }

  @Test
  void singleMutationsGetTheSameVerdictAtTheSamePointers() {
    qt().withShrinkCycles(20)
        .withExamples(3000)
        .forAll(mutations())
        .checkAssert(
            mutated -> {
              count(mutated.what().substring(0, mutated.what().indexOf(' ')));
              Map<String, Set<String>> schema = schemaErrors(mutated);
              Map<String, Set<String>> model = modelErrors(mutated);
              if (mutated.what().startsWith("form ")) {
                assertThat(model).as(mutated + ": a broken form rule is an error").isNotEmpty();
              }
              assertThat(model.keySet()).as(mutated + ": pointers (model vs schema)").isEqualTo(schema.keySet());
              schema.forEach(
                  (pointer, codes) ->
                      assertThat(model.get(pointer))
                          .as(mutated + ": codes at " + pointer + ", schema " + codes)
                          .containsAnyElementsOf(codes));
            });
  }

  @AfterAll
  static void printCounts() {
    System.out.println("Schema and model agreement, cases by mutation: " + CASES);
  }

  private static Map<String, Set<String>> schemaErrors(Mutated mutated) {
    return byPointer(SchemaValidator.standard().validate(JsonInput.of(mutated.tree()), mutated.type()).issues());
  }

  private static Map<String, Set<String>> modelErrors(Mutated mutated) {
    List<ValidationIssue> issues =
        JSON.parse(JsonInput.of(mutated.tree()), ModelType.documentClass(mutated.type())).report().issues().stream()
            .filter(issue -> !isModelOnly(issue.code()))
            .toList();
    return byPointer(issues);
  }

  /** The cross-field rules, and the timescale and privacy checks, which read dates and free text. */
  static boolean isModelOnly(IssueCode code) {
    return CROSS_FIELD_CODES.contains(code)
        || code.category() == IssueCategory.TIMESCALE
        || code.category() == IssueCategory.PRIVACY;
  }

  private static Map<String, Set<String>> byPointer(List<ValidationIssue> issues) {
    Map<String, Set<String>> codes = new TreeMap<>();
    issues.stream()
        .filter(issue -> issue.severity() == Severity.ERROR)
        .forEach(issue -> codes.computeIfAbsent(issue.pointer().toString(), p -> new TreeSet<>()).add(issue.code().text()));
    return codes;
  }

  private static synchronized void count(String kind) {
    CASES.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
  }

  /** Generated valid documents, each with one mutation at a random place. */
  static Gen<Mutated> mutations() {
    Gen<ReviewDocument> documents = ModelGenerators.documents();
    return in -> {
      ReviewDocument document = documents.generate(in);
      Draw draw = new Draw(in);
      ObjectNode tree = (ObjectNode) JSON.toTree(document);
      List<String> objects = pointers(tree, JsonNode::isObject);
      List<String> texts = pointers(tree, JsonNode::isString);
      List<String> values = pointers(tree, node -> true);
      values.remove("");
      switch (draw.between(0, 7)) {
        case 0: {
          String at = draw.pick(objects);
          ObjectNode object = (ObjectNode) tree.at(at);
          if (object.isEmpty()) {
            break;
          }
          String property = draw.pick(List.copyOf(object.propertyNames()));
          if (at.isEmpty() && property.equals("documentType")) {
            break;
          }
          object.remove(property);
          return new Mutated(document.getDocumentType(), tree, "remove " + at + "/" + property);
        }
        case 1: {
          String at = draw.pick(texts);
          set(tree, at, tree.stringNode(draw.pick(List.of("", " ", "\t\n", "\u3000"))));
          return new Mutated(document.getDocumentType(), tree, "blank " + at);
        }
        case 2: {
          List<String> enums = texts.stream().filter(p -> tree.at(p).asString().matches("[A-Z_]+")).toList();
          String at = draw.pick(enums);
          set(tree, at, tree.stringNode("NOT_A_VALUE"));
          return new Mutated(document.getDocumentType(), tree, "enum " + at);
        }
        case 3: {
          String at = draw.pick(values);
          JsonNode original = tree.at(at);
          List<JsonNode> others = new ArrayList<>();
          for (JsonNode candidate :
              List.<JsonNode>of(
                  tree.numberNode(42), tree.numberNode(2.5), tree.numberNode(-1), tree.numberNode(151),
                  tree.numberNode(new java.math.BigDecimal("1E+19")), tree.numberNode(new java.math.BigDecimal("-1E+400")),
                  tree.numberNode(new java.math.BigDecimal("1.5E+300")), tree.numberNode(new java.math.BigDecimal("6.0")),
                  tree.booleanNode(true), tree.stringNode("text"), tree.stringNode("2.0.0"),
                  tree.objectNode(), tree.arrayNode(), tree.nullNode())) {
            if (candidate.getNodeType() != original.getNodeType()) {
              others.add(candidate);
            }
          }
          set(tree, at, draw.pick(others));
          return new Mutated(document.getDocumentType(), tree, "type " + at);
        }
        case 4: {
          String at = draw.pick(texts);
          set(tree, at, tree.stringNode(draw.pick(List.of("2023-02-30", "2023-13", "23-01-01", "2023-1-1", "2023/01/01"))));
          return new Mutated(document.getDocumentType(), tree, "date " + at);
        }
        case 5: {
          String at = draw.pick(objects);
          ((ObjectNode) tree.at(at)).put("unexpectedProperty", 1);
          return new Mutated(document.getDocumentType(), tree, "extra " + at);
        }
        case 6: {
          String at = draw.pick(texts);
          set(tree, at, tree.stringNode("x".repeat(60_001)));
          return new Mutated(document.getDocumentType(), tree, "long " + at);
        }
        default: {
          Optional<String> broken = breakForm(document, tree, draw);
          if (broken.isPresent()) {
            return new Mutated(document.getDocumentType(), tree, "form " + broken.get());
          }
          break;
        }
      }
      return new Mutated(document.getDocumentType(), tree, "none (nothing to mutate)");
    };
  }

  /**
   * Breaks one form rule of a part that has them (a block, an item, a list, an age, a time span, a
   * when, an organisation or a resource), found in the document with its pointer; says what it did,
   * or nothing if the document has no such part.
   */
  private static Optional<String> breakForm(ReviewDocument document, ObjectNode tree, Draw draw) {
    List<Object[]> parts = new ArrayList<>();
    ModelWalker.walk(document, new ModelWalker.Visitor() {
      @Override
      public void part(Extensible part, ModelType type, Pointer at) {
        if (type.modelClass().isAnnotationPresent(Form.class)) {
          parts.add(new Object[] {part, at.toString()});
        }
      }
    });
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    Object[] chosen = draw.pick(parts);
    String at = (String) chosen[1];
    ObjectNode object = (ObjectNode) tree.at(at);
    String name = chosen[0].getClass().getSimpleName().replace("Immutable", "");
    switch (name) {
      case "Block", "Item" -> {
        if (!object.has("question")) {
          object.put("question", "And a question?");
        }
        if (!object.has("omission")) {
          object.putObject("omission");
        }
        if (draw.coin() && name.equals("Item")) {
          object.remove(List.of("text", "omission", "question"));
          object.put("label", "A label");
        }
      }
      case "ItemList" -> {
        ArrayNode items = (ArrayNode) object.get("items");
        ObjectNode first = (ObjectNode) items.get(0);
        boolean numbered = first.has("number");
        if (numbered) {
          first.remove("number");
        } else {
          first.put("number", "1.");
        }
        if (items.size() == 1) {
          ObjectNode another = items.addObject().put("text", "Another item.");
          if (numbered) {
            another.put("number", "2.");
          }
        }
      }
      case "Age", "TimeSpan" -> {
        if (object.has("value")) {
          object.remove(draw.coin() ? "unit" : "value");
        } else {
          object.put("to", 2);
        }
      }
      case "When" -> {
        if (object.has("date")) {
          object.put("from", "2020");
        } else {
          object.removeAll();
        }
      }
      default -> object.remove(List.of("name", "area", "title", "description"));
    }
    return Optional.of(name + " " + at);
  }

  /** Replaces the value at a pointer, except the document's type, which is decided first. */
  private static void set(ObjectNode tree, String at, JsonNode value) {
    if (at.equals("/documentType")) {
      return;
    }
    int slash = at.lastIndexOf('/');
    JsonNode parent = tree.at(at.substring(0, slash));
    String last = at.substring(slash + 1);
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last.replace("~1", "/").replace("~0", "~"), value);
    }
  }

  private static List<String> pointers(JsonNode root, Predicate<JsonNode> wanted) {
    List<String> pointers = new ArrayList<>();
    collect(root, "", wanted, pointers);
    return pointers;
  }

  private static void collect(JsonNode node, String at, Predicate<JsonNode> wanted, List<String> into) {
    if (wanted.test(node)) {
      into.add(at);
    }
    if (node.isObject()) {
      node.properties().forEach(p -> collect(p.getValue(), at + "/" + p.getKey().replace("~", "~0").replace("/", "~1"), wanted, into));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at + "/" + i, wanted, into);
      }
    }
  }
}
