package org.safeguarding.review.schema.generation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The rewrites the generator makes to victools' output before the schemas are written. */
final class SchemaEdits {

  static final String NULLABLE = "-nullable";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SchemaEdits() {}

  /**
   * Moves a reference that has keywords beside it, such as a property's description, into {@code
   * allOf}. Draft 2020-12 reads both alike, but tools that resolve references by copying the
   * definition and merging the keywords beside it in (json-schema-to-typescript does) would make a
   * new, numbered type ({@code PartialDate1}, {@code Age2}) for every property that describes its
   * value.
   */
  static void refsAlone(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.has("$ref") && object.size() > 1) {
        Map<String, JsonNode> keywords = new LinkedHashMap<>();
        object.properties().forEach(keyword -> keywords.put(keyword.getKey(), keyword.getValue()));
        object.removeAll();
        keywords.forEach((name, value) -> {
          if (name.equals("$ref")) {
            object.putArray("allOf").addObject().set("$ref", value);
          } else {
            object.set(name, value);
          }
        });
      }
      object.values().forEach(SchemaEdits::refsAlone);
    } else if (node instanceof ArrayNode array) {
      array.forEach(SchemaEdits::refsAlone);
    }
  }

  /**
   * Removes {@code null} from the types victools allows for optional properties: an absent value
   * is left out, and {@code null} is never valid.
   */
  static void withoutNull(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.get("type") instanceof ArrayNode types) {
        List<JsonNode> named = types.valueStream().filter(t -> !t.asString().equals("null")).toList();
        object.set("type", named.size() == 1 ? named.get(0) : MAPPER.createArrayNode().addAll(named));
      }
      if (object.get("$ref") != null && object.get("$ref").asString().endsWith(NULLABLE)) {
        String ref = object.get("$ref").asString();
        object.put("$ref", ref.substring(0, ref.length() - NULLABLE.length()));
      }
      object.values().forEach(SchemaEdits::withoutNull);
    } else if (node instanceof ArrayNode array) {
      array.forEach(SchemaEdits::withoutNull);
    }
  }

  /** Rewrites references into the shared definitions, for a schema in another file. */
  static void pointRefsAt(JsonNode node, String file) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.asString().startsWith("#/$defs/")) {
        object.put("$ref", file + ref.asString());
      }
      object.values().forEach(child -> pointRefsAt(child, file));
    } else if (node instanceof ArrayNode array) {
      array.forEach(child -> pointRefsAt(child, file));
    }
  }

  static ObjectNode sorted(ObjectNode definitions) {
    Map<String, JsonNode> byName = new TreeMap<>();
    definitions.properties().forEach(definition -> byName.put(definition.getKey(), definition.getValue()));
    ObjectNode sorted = MAPPER.createObjectNode();
    byName.forEach(sorted::set);
    return sorted;
  }
}
