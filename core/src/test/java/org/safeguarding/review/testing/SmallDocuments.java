package org.safeguarding.review.testing;

import java.util.Map;
import java.util.regex.Pattern;
import org.quicktheories.core.Gen;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.ReviewJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated documents as JSON trees with every text cut to a few characters, so that fuzzing
 * spends its time on many small documents rather than a few large ones. Cutting keeps almost every
 * document valid: texts keep their first letter, references are cut the same way as what they
 * name, and enumeration values, themes and links are left whole.
 */
public final class SmallDocuments {

  /** The longest text kept, in code points. */
  private static final int TEXT = 24;

  /** Values that are not free text and are kept whole: enumeration values, themes and links. */
  private static final Pattern KEPT = Pattern.compile("(local:)?[A-Z0-9_]+|https?:.*");

  private SmallDocuments() {}

  /** Small documents of either type, as trees. */
  public static Gen<ObjectNode> trees() {
    return of(ModelGenerators.documents());
  }

  /** {@code documents} as trees with their texts cut. */
  public static Gen<ObjectNode> of(Gen<? extends ReviewDocument> documents) {
    return documents.map(document -> (ObjectNode) cut(ReviewJson.strict().toTree(document)));
  }

  private static JsonNode cut(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> property : object.properties()) {
        property.setValue(cut(property.getValue()));
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, cut(array.get(i)));
      }
      return array;
    }
    if (node.isString() && !KEPT.matcher(node.stringValue()).matches()) {
      String text = node.stringValue();
      if (text.codePointCount(0, text.length()) > TEXT) {
        return JsonNodeFactory.instance.stringNode(text.substring(0, text.offsetByCodePoints(0, TEXT)));
      }
    }
    return node;
  }
}
