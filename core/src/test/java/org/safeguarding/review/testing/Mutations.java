package org.safeguarding.review.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutations of valid documents for fuzzing: byte-level (flip a bit, set, insert, delete or
 * duplicate bytes, cut) and JSON-level (replace a node with a random value, delete, duplicate,
 * rename or add a property, nest a node deeply). Every choice is drawn from QuickTheories'
 * randomness, so a failure replays from its seed and shrinks.
 */
public final class Mutations {

  /** Bytes worth inserting: JSON's structure, escapes, numbers and words, and bytes UTF-8 forbids. */
  private static final List<byte[]> TOKENS =
      List.of(bytes("{"), bytes("}"), bytes("["), bytes("]"), bytes(","), bytes(":"), bytes("\""), bytes("\\"),
          bytes("\\u"), bytes("\\ud800"), bytes("\\u0000"), bytes("null"), bytes("true"), bytes("-"), bytes("0"),
          bytes("9"), bytes("."), bytes("e"), bytes("1e400"), bytes("NaN"), bytes("//"), bytes("/*"), bytes(" "),
          bytes("\n"), new byte[] {0}, new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xc0, (byte) 0x80},
          new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
          bytes("\"documentType\":\"RapidReview\","), bytes("\"x\":1,"));

  /**
   * How the JSON-level mutations write trees: numbers exactly as held, and nested as deep as the
   * mutations made them (nesting mutations can stack past Jackson's default limit for writing).
   */
  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
                  .build())
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Mutations() {}

  /**
   * {@code count} mutations of the JSON of one document of {@code documents}, each with one to four
   * byte-level mutations.
   */
  public static Gen<List<Mutated>> bytes(Gen<ObjectNode> documents, int count) {
    return in -> {
      Draw draw = new Draw(in);
      byte[] original = MAPPER.writeValueAsBytes(documents.generate(in));
      List<Mutated> mutated = new ArrayList<>();
      for (int n = 0; n < count; n++) {
        byte[] json = original;
        List<String> steps = new ArrayList<>();
        for (int i = draw.between(1, 4); i > 0; i--) {
          json = mutateBytes(draw, json, steps);
        }
        mutated.add(new Mutated(json, steps));
      }
      return mutated;
    };
  }

  /**
   * {@code count} mutations of one document of {@code documents}, each with one to three
   * JSON-level mutations, written as JSON.
   */
  public static Gen<List<Mutated>> json(Gen<ObjectNode> documents, int count) {
    return in -> {
      Draw draw = new Draw(in);
      ObjectNode original = documents.generate(in);
      List<Mutated> mutated = new ArrayList<>();
      for (int n = 0; n < count; n++) {
        JsonNode root = original.deepCopy();
        List<String> steps = new ArrayList<>();
        List<String[]> duplicates = new ArrayList<>();
        for (int i = draw.between(1, 3); i > 0; i--) {
          root = mutateTree(draw, root, steps, duplicates);
        }
        String json = MAPPER.writeValueAsString(root);
        for (String[] duplicate : duplicates) {
          json = json.replace(MAPPER.writeValueAsString(duplicate[0]), MAPPER.writeValueAsString(duplicate[1]));
        }
        mutated.add(new Mutated(json.getBytes(StandardCharsets.UTF_8), steps));
      }
      return mutated;
    };
  }

  // Bytes

  private static byte[] mutateBytes(Draw draw, byte[] json, List<String> steps) {
    int at = draw.between(0, json.length);
    int inside = Math.min(at, Math.max(0, json.length - 1));
    switch (draw.between(0, 6)) {
      case 0 -> {
        if (json.length == 0) {
          return json;
        }
        int bit = draw.between(0, 7);
        byte[] flipped = json.clone();
        flipped[inside] ^= (byte) (1 << bit);
        steps.add("flip bit " + bit + " of byte " + inside);
        return flipped;
      }
      case 1 -> {
        if (json.length == 0) {
          return json;
        }
        byte value = (byte) draw.between(0, 255);
        byte[] set = json.clone();
        set[inside] = value;
        steps.add(String.format("set byte %d to 0x%02X", inside, value & 0xff));
        return set;
      }
      case 2, 3 -> {
        byte[] token = draw.pick(TOKENS);
        steps.add("insert " + Mutated.show(token) + " at " + at);
        return splice(json, at, 0, token);
      }
      case 4 -> {
        int length = Math.min(draw.between(1, 16), json.length - at);
        steps.add("delete " + length + " bytes at " + at);
        return splice(json, at, length, new byte[0]);
      }
      case 5 -> {
        int length = Math.min(draw.between(1, 64), json.length - at);
        steps.add("duplicate " + length + " bytes at " + at);
        return splice(json, at + length, 0, Arrays.copyOfRange(json, at, at + length));
      }
      default -> {
        steps.add("cut after " + at + " bytes");
        return Arrays.copyOf(json, at);
      }
    }
  }

  private static byte[] splice(byte[] json, int at, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + insert.length);
    out.write(json, 0, at);
    out.writeBytes(insert);
    out.write(json, at + remove, json.length - at - remove);
    return out.toByteArray();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  // Trees

  /** A place in a tree: a node, and the container and key or index it is at (none for the root). */
  private record Place(JsonNode node, ContainerNode<?> parent, String name, int index, String pointer) {}

  private static JsonNode mutateTree(Draw draw, JsonNode root, List<String> steps, List<String[]> duplicates) {
    List<Place> places = new ArrayList<>();
    collect(root, null, null, -1, "", places);
    List<Place> objects = places.stream().filter(p -> p.node() instanceof ObjectNode o && !o.isEmpty()).toList();
    switch (draw.between(0, 6)) {
      case 0, 1 -> {
        Place place = draw.pick(places);
        JsonNode value = JsonValues.value(draw, 2, true);
        steps.add("replace " + shown(place) + " with " + Mutated.show(bytes(MAPPER.writeValueAsString(value))));
        return replace(root, place, value);
      }
      case 2 -> {
        if (objects.isEmpty()) {
          return root;
        }
        Place place = draw.pick(objects);
        String name = draw.pick(names(place.node()));
        ((ObjectNode) place.node()).remove(name);
        steps.add("delete " + place.pointer() + "/" + name);
        return root;
      }
      case 3 -> {
        if (objects.isEmpty()) {
          return root;
        }
        Place place = draw.pick(objects);
        String name = draw.pick(names(place.node()));
        JsonNode value = draw.coin() ? place.node().get(name).deepCopy() : JsonValues.value(draw, 1, true);
        // A placeholder name that cannot occur otherwise, replaced by the real name once written.
        String placeholder = "\u0001duplicate-" + duplicates.size() + "\u0001";
        ((ObjectNode) place.node()).set(placeholder, value);
        duplicates.add(new String[] {placeholder, name});
        steps.add("duplicate " + place.pointer() + "/" + name);
        return root;
      }
      case 4 -> {
        if (objects.isEmpty()) {
          return root;
        }
        Place place = draw.pick(objects);
        ObjectNode object = (ObjectNode) place.node();
        String name = draw.pick(names(object));
        String renamed = JsonValues.name(draw);
        JsonNode value = object.remove(name);
        object.set(renamed, value);
        steps.add("rename " + place.pointer() + "/" + name + " to " + Mutated.show(bytes(renamed)));
        return root;
      }
      case 5 -> {
        List<Place> all = places.stream().filter(p -> p.node() instanceof ObjectNode).toList();
        if (all.isEmpty()) {
          return root;
        }
        Place place = draw.pick(all);
        String name = JsonValues.name(draw);
        ((ObjectNode) place.node()).set(name, JsonValues.value(draw, 2, true));
        steps.add("add " + place.pointer() + "/" + Mutated.show(bytes(name)));
        return root;
      }
      default -> {
        Place place = draw.pick(places);
        int depth = draw.oneIn(3) ? draw.between(60, 70) : draw.between(1, 200);
        JsonNode nested = place.node();
        for (int i = 0; i < depth; i++) {
          nested = draw.coin() ? NODES.arrayNode().add(nested) : NODES.objectNode().set("a", nested);
        }
        steps.add("nest " + shown(place) + " " + depth + " deep");
        return replace(root, place, nested);
      }
    }
  }

  private static void collect(JsonNode node, ContainerNode<?> parent, String name, int index, String pointer, List<Place> places) {
    places.add(new Place(node, parent, name, index, pointer));
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> property : object.properties()) {
        collect(property.getValue(), object, property.getKey(), -1, pointer + "/" + property.getKey(), places);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        collect(array.get(i), array, null, i, pointer + "/" + i, places);
      }
    }
  }

  private static JsonNode replace(JsonNode root, Place place, JsonNode value) {
    if (place.parent() == null) {
      return value;
    }
    if (place.parent() instanceof ObjectNode object) {
      object.set(place.name(), value);
    } else {
      ((ArrayNode) place.parent()).set(place.index(), value);
    }
    return root;
  }

  private static List<String> names(JsonNode object) {
    return new ArrayList<>(object.propertyNames());
  }

  private static String shown(Place place) {
    return place.pointer().isEmpty() ? "the root" : place.pointer();
  }
}
