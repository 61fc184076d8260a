package org.safeguarding.review.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents broken in their structure at a random place: a value of another JSON type, a property
 * taken away, an unknown property added, a text that is not a date.
 */
public final class StructuralBreaks {

  /** How many ways {@link #broken} breaks a document. */
  public static final int WAYS = 4;

  private StructuralBreaks() {}

  /**
   * {@return the document broken at a random property of a random object, other than the header's, in one of four ways}
   *
   * @param document the document, changed in place
   * @param random where the place comes from
   * @param way which way, from 0 to {@link #WAYS} - 1
   */
  public static ObjectNode broken(ObjectNode document, Random random, int way) {
    List<Map.Entry<ObjectNode, String>> places = new ArrayList<>();
    placesIn(document, places);
    places.removeIf(place -> place.getKey() == document && List.of("documentType", "schemaVersion").contains(place.getValue()));
    Map.Entry<ObjectNode, String> place = places.get(random.nextInt(places.size()));
    ObjectNode object = place.getKey();
    String name = place.getValue();
    switch (way) {
      case 0 -> object.set(name, object.get(name).isNumber() ? JsonNodeFactory.instance.stringNode("7") : JsonNodeFactory.instance.numberNode(7));
      case 1 -> object.remove(name);
      case 2 -> object.put("notAProperty", "kept or not");
      default -> object.put(name, "2021-02-30");
    }
    return document;
  }

  private static void placesIn(JsonNode node, List<Map.Entry<ObjectNode, String>> places) {
    if (node instanceof ObjectNode object) {
      object.propertyNames().forEach(name -> places.add(Map.entry(object, name)));
    }
    node.forEach(child -> placesIn(child, places));
  }
}
