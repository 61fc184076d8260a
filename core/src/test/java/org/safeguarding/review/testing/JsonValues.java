package org.safeguarding.review.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random JSON values for fuzzing and for unknown properties: every JSON type, numbers that are
 * hard to hold exactly (1.10, 1E+400, 20-digit integers), texts that are hard to handle (empty,
 * blank, control characters, the {@link HostileCorpus#CANARY}), and small nested arrays and
 * objects. {@link #values} also gives texts with lone surrogates, which are not Unicode and which
 * a reader refuses; {@link #wellFormedValues} does not.
 */
public final class JsonValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Numbers, as JSON would write them, that a reader must keep exactly. */
  private static final List<String> NUMBERS =
      List.of("0", "1", "-1", "1.10", "1.0", "0.1", "100", "1E+2", "1.0E+2", "1E+400", "1E-400", "-0.0", "2.5",
          "150", "151", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
          "9223372036854775808", "123456789012345678901234567890", "3.14159265358979323846264338327950288",
          "1E+999999999", "1E-999999999");

  /** Texts that are valid JSON strings but hard on a reader or a validator. */
  private static final List<String> TEXTS =
      List.of("", " ", "\t\n", "\u0000", "\u001f", "😀", "\u2028", "\ufeff",
          HostileCorpus.CANARY, "qzxcanary Jane", "2023-02-30", "2023-13", "LEARNING", "SAFER_SLEEP", "local:",
          "local:CUCKOOING", "1.0.0", "2.0.0", "1.5.0", "https://example.org/a", "F1", "R1", "Child HH",
          "null", "true", "{\"documentType\":\"RapidReview\"}", "x".repeat(300), "y".repeat(20_001));

  /** Texts that hold a surrogate without its pair. */
  private static final List<String> LONE_SURROGATES = List.of("\ud800", "\udc00", "\udc00\ud800", "a\ud83d");

  /** Property names, including the model's own and ones that need escaping in a JSON Pointer. */
  private static final List<String> NAMES =
      List.of("documentType", "schemaVersion", "id", "title", "format", "sections", "findings", "themes", "age",
          "value", "unit", "children", "timeline", "decision", "unknownProperties", "content", "paragraph", "list",
          "items", "number", "label", "text", "omission", "from", "to", "provenance", "incidents", "", "a/b", "~0", "x y",
          HostileCorpus.CANARY, "😀", "\u0000", "$ref");

  private JsonValues() {}

  /** Any JSON value, nested at most {@code depth} deep, some of its texts not Unicode. */
  public static Gen<JsonNode> values(int depth) {
    return in -> value(new Draw(in), depth, true);
  }

  /** Any JSON value, nested at most {@code depth} deep, whose texts are all Unicode. */
  public static Gen<JsonNode> wellFormedValues(int depth) {
    return in -> value(new Draw(in), depth, false);
  }

  /** A property name: usually one the model or a pointer finds hard, sometimes random text. */
  public static Gen<String> names() {
    return in -> name(new Draw(in));
  }

  static String name(Draw draw) {
    return draw.oneIn(4) ? draw.text(20) : draw.pick(NAMES);
  }

  static JsonNode value(Draw draw, int depth, boolean loneSurrogates) {
    switch (draw.between(0, depth > 0 ? 9 : 7)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(draw.coin());
      case 2:
        return number(draw.pick(NUMBERS));
      case 3:
        return NODES.numberNode(draw.between(-1000, 1000));
      case 4:
        return NODES.stringNode(loneSurrogates && draw.oneIn(4) ? draw.pick(LONE_SURROGATES) : draw.pick(TEXTS));
      case 5:
        return NODES.stringNode(draw.pick(TEXTS));
      case 6:
      case 7:
        return NODES.stringNode(draw.text(40));
      case 8:
        ArrayNode array = NODES.arrayNode();
        for (int i = draw.between(0, 3); i > 0; i--) {
          array.add(value(draw, depth - 1, loneSurrogates));
        }
        return array;
      default:
        ObjectNode object = NODES.objectNode();
        for (int i = draw.between(0, 3); i > 0; i--) {
          object.set(name(draw), value(draw, depth - 1, loneSurrogates));
        }
        return object;
    }
  }

  /** A number node holding exactly what the text says, as the library's reader would hold it. */
  private static JsonNode number(String text) {
    if (text.contains(".") || text.contains("E")) {
      return NODES.numberNode(new BigDecimal(text));
    }
    BigInteger value = new BigInteger(text);
    return value.bitLength() < 32 ? NODES.numberNode(value.intValue())
        : value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
  }
}
