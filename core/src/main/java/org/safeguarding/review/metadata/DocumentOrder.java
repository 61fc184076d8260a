package org.safeguarding.review.metadata;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.safeguarding.review.pointer.Pointer;
import tools.jackson.databind.JsonNode;

/**
 * Orders JSON Pointers as the places they point at come in a document: for a document read from
 * JSON, in the order of the input; for a document built in code, in the order JSON writes it.
 * Reports are put in this order, so that problems read from the top of the document down.
 *
 * <p>A place comes before the places inside it; items of a list come in their order; properties of
 * an object come in the order the input has them, and properties the input lacks (a missing
 * required property, say) after those it has, in the model's order. Instances are immutable and
 * thread-safe; each remembers where the properties of the input's objects are, once it has looked.
 */
public final class DocumentOrder implements Comparator<Pointer> {

  private static final long ABSENT = 1L << 32;

  private final Optional<ModelType> documentType;
  /** The input as read: a {@code JsonNode}, an {@link InputShape}, or null for a document built in code. */
  private final Object input;
  /** The positions of the properties of the input's objects, by object (not by value). */
  private final Map<JsonNode, Map<String, Integer>> positions = Collections.synchronizedMap(new IdentityHashMap<>());

  private DocumentOrder(Optional<ModelType> documentType, Object input) {
    this.documentType = documentType;
    this.input = input;
  }

  /**
   * {@return the order of a document of {@code modelType} read from JSON without a tree, as its
   * reader recorded its shape}
   *
   * @param modelType the document's model class
   * @param input the document's shape, as read
   */
  public static DocumentOrder of(Class<?> modelType, InputShape input) {
    return new DocumentOrder(Optional.of(ModelType.of(modelType)), Objects.requireNonNull(input, "input"));
  }

  /**
   * {@return the order of a document of {@code modelType} built in code: the order JSON writes it}
   *
   * @param modelType the document's model class, such as {@code RapidReview.class}
   */
  public static DocumentOrder of(Class<?> modelType) {
    return new DocumentOrder(Optional.of(ModelType.of(modelType)), null);
  }

  /**
   * {@return the order of {@code input}, a document of {@code modelType} read from JSON}
   *
   * @param modelType the document's model class
   * @param input the document's JSON, as read
   */
  public static DocumentOrder of(Class<?> modelType, JsonNode input) {
    return new DocumentOrder(Optional.of(ModelType.of(modelType)), Objects.requireNonNull(input, "input"));
  }

  /**
   * {@return the order of {@code input}, JSON whose model type is not known}
   *
   * @param input the JSON, as read
   */
  public static DocumentOrder of(JsonNode input) {
    return new DocumentOrder(Optional.empty(), Objects.requireNonNull(input, "input"));
  }

  @Override
  public int compare(Pointer a, Pointer b) {
    if (a == b) {
      return 0;
    }
    List<String> left = a.segments();
    List<String> right = b.segments();
    Step step = new Step(input, documentType.orElse(null), null);
    int common = Math.min(left.size(), right.size());
    for (int i = 0; i < common; i++) {
      String x = left.get(i);
      String y = right.get(i);
      if (!x.equals(y)) {
        int order = Long.compare(rank(step, x), rank(step, y));
        return order != 0 ? order : x.compareTo(y);
      }
      step = step.down(x);
    }
    return Integer.compare(left.size(), right.size());
  }

  /** Where a segment below a step comes: its position in the input, else in the model. */
  private long rank(Step step, String segment) {
    if (step.node() instanceof JsonNode node && node.isObject()) {
      Integer position = positions(node).get(segment);
      if (position != null) {
        return position;
      }
    } else if (step.node() instanceof InputShape object && object.isObject()) {
      int position = object.position(segment);
      if (position >= 0) {
        return position;
      }
    } else if (Pointer.isIndex(segment)) {
      return segment.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(segment);
    }
    if (step.type() != null) {
      int position = step.type().position(segment);
      if (position >= 0) {
        return ABSENT + position;
      }
    }
    return 2 * ABSENT;
  }

  /** The position of each property of an object of the input, found once per object. */
  private Map<String, Integer> positions(JsonNode object) {
    return positions.computeIfAbsent(object, o -> {
      Map<String, Integer> found = new HashMap<>();
      int position = 0;
      for (String name : o.propertyNames()) {
        found.putIfAbsent(name, position++);
      }
      return found;
    });
  }

  /**
   * Where a walk down two pointers has got to: the input's node there (a {@code JsonNode} or an
   * {@link InputShape}), if the input has one, and the model type of the object there, or the list
   * property whose items are there.
   */
  private record Step(Object node, ModelType type, ModelProperty list) {

    Step down(String segment) {
      Object next = null;
      if (node instanceof InputShape read) {
        next = read.child(segment);
      } else if (node instanceof JsonNode tree && tree.isObject()) {
        next = tree.get(segment);
      } else if (node instanceof JsonNode tree && tree.isArray() && Pointer.isIndex(segment) && segment.length() <= 9) {
        next = tree.get(Integer.parseInt(segment));
      }
      if (list != null) {
        return new Step(next, objectType(list), null);
      }
      Optional<ModelProperty> property = type == null ? Optional.empty() : type.property(segment);
      if (property.isEmpty()) {
        return new Step(next, null, null);
      }
      return property.get().cardinality() == Cardinality.LIST
          ? new Step(next, null, property.get())
          : new Step(next, objectType(property.get()), null);
    }

    private static ModelType objectType(ModelProperty property) {
      return property.kind() == ValueKind.OBJECT ? ModelType.of(property.valueClass()) : null;
    }
  }
}
