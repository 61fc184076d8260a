package org.safeguarding.review.metadata;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.safeguarding.review.report.Pointer;
import tools.jackson.databind.JsonNode;

/**
 * Orders JSON Pointers as the places they point at come in a document: for a document read from
 * JSON, in the order of the input; for a document built in code, in the order JSON writes it.
 * Reports are put in this order, so that problems read from the top of the document down.
 *
 * <p>A place comes before the places inside it; items of a list come in their order; properties of
 * an object come in the order the input has them, and properties the input lacks (a missing
 * required property, say) after those it has, in the model's order. Instances are immutable and
 * thread-safe.
 */
public final class DocumentOrder implements Comparator<String> {

  private static final long ABSENT = 1L << 32;

  private final Optional<ModelType> documentType;
  private final Optional<JsonNode> input;

  private DocumentOrder(Optional<ModelType> documentType, Optional<JsonNode> input) {
    this.documentType = documentType;
    this.input = input;
  }

  /**
   * {@return the order of a document of {@code modelType} built in code: the order JSON writes it}
   *
   * @param modelType the document's model class, such as {@code RapidReview.class}
   */
  public static DocumentOrder of(Class<?> modelType) {
    return new DocumentOrder(Optional.of(ModelType.of(modelType)), Optional.empty());
  }

  /**
   * {@return the order of {@code input}, a document of {@code modelType} read from JSON}
   *
   * @param modelType the document's model class
   * @param input the document's JSON, as read
   */
  public static DocumentOrder of(Class<?> modelType, JsonNode input) {
    return new DocumentOrder(Optional.of(ModelType.of(modelType)), Optional.of(input));
  }

  /**
   * {@return the order of {@code input}, JSON whose model type is not known}
   *
   * @param input the JSON, as read
   */
  public static DocumentOrder of(JsonNode input) {
    return new DocumentOrder(Optional.empty(), Optional.of(input));
  }

  @Override
  public int compare(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    List<String> left = Pointer.parse(a).segments();
    List<String> right = Pointer.parse(b).segments();
    Place place = new Place(input.orElse(null), documentType.orElse(null), null);
    int common = Math.min(left.size(), right.size());
    for (int i = 0; i < common; i++) {
      String x = left.get(i);
      String y = right.get(i);
      if (!x.equals(y)) {
        int order = Long.compare(place.rank(x), place.rank(y));
        return order != 0 ? order : x.compareTo(y);
      }
      place = place.step(x);
    }
    return Integer.compare(left.size(), right.size());
  }

  /**
   * Where a walk down two pointers has got to: the input's node there, if the input has one, and
   * the model type of the object there, or the list property whose items are there.
   */
  private record Place(JsonNode node, ModelType type, ModelProperty list) {

    /** Where a segment below this place comes: its position in the input, else in the model. */
    long rank(String segment) {
      if (node != null && node.isObject()) {
        int position = 0;
        for (String name : node.propertyNames()) {
          if (name.equals(segment)) {
            return position;
          }
          position++;
        }
      } else if (isIndex(segment)) {
        return segment.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(segment);
      }
      if (type != null) {
        Optional<ModelProperty> property = type.property(segment);
        if (property.isPresent()) {
          return ABSENT + type.properties().indexOf(property.get());
        }
      }
      return 2 * ABSENT;
    }

    Place step(String segment) {
      JsonNode next = null;
      if (node != null && node.isObject()) {
        next = node.get(segment);
      } else if (node != null && node.isArray() && isIndex(segment) && segment.length() <= 9) {
        next = node.get(Integer.parseInt(segment));
      }
      if (list != null) {
        return new Place(next, objectType(list), null);
      }
      Optional<ModelProperty> property = type == null ? Optional.empty() : type.property(segment);
      if (property.isEmpty()) {
        return new Place(next, null, null);
      }
      return property.get().cardinality() == Cardinality.LIST
          ? new Place(next, null, property.get())
          : new Place(next, objectType(property.get()), null);
    }

    private static ModelType objectType(ModelProperty property) {
      return property.kind() == ValueKind.OBJECT ? ModelType.of(property.valueClass()) : null;
    }

    private static boolean isIndex(String segment) {
      return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }
  }
}
