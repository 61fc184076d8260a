package org.safeguarding.review.schema;

import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings numbers beyond the range of a {@code long} into it before schema validation, because the
 * schema validator's range checks fail on them with an exception rather than a verdict. Every
 * range in the schemas is small, so the verdict is unchanged: a whole number becomes the largest
 * or smallest {@code long}, and any other number becomes 0.5, which is still not whole.
 */
final class LargeNumbers {

  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);

  private LargeNumbers() {}

  /** The tree itself when it has no such numbers, else a copy with them brought into range. */
  static JsonNode withinLongRange(JsonNode root) {
    return hasLarge(root) ? replaced(root.deepCopy()) : root;
  }

  private static boolean hasLarge(JsonNode node) {
    if (node.isContainer()) {
      for (JsonNode child : node) {
        if (hasLarge(child)) {
          return true;
        }
      }
      return false;
    }
    return isLarge(node);
  }

  private static boolean isLarge(JsonNode node) {
    if (!(node.isBigDecimal() || node.isBigInteger())) {
      return false;
    }
    BigDecimal value = node.decimalValue();
    return value.compareTo(MAX) > 0 || value.compareTo(MIN) < 0;
  }

  private static JsonNode replaced(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> property : object.properties()) {
        property.setValue(replaced(property.getValue()));
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, replaced(array.get(i)));
      }
      return array;
    }
    if (!isLarge(node)) {
      return node;
    }
    BigDecimal value = node.decimalValue();
    boolean whole = value.stripTrailingZeros().scale() <= 0;
    if (!whole) {
      return JsonNodeFactory.instance.numberNode(0.5);
    }
    return JsonNodeFactory.instance.numberNode(value.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
  }
}
