package org.safeguarding.review.metadata;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.review.pointer.Pointer;

/**
 * The shape of a JSON document as read, without its values: the names of each object's
 * properties in the order of the input, and the objects and arrays inside them. A reader that
 * binds a document without making a tree records it, so that {@link DocumentOrder} can put issues
 * in the order of the input. A value kept as a tree (an unknown property's) is held as that tree.
 *
 * <p>Instances are immutable once made and thread-safe.
 */
public final class InputShape {

  /** Above this many properties an object finds a name's position in a map rather than by a scan. */
  private static final int SCANNED = 16;

  private final List<String> names;
  /** Each property's value or array's item: an {@code InputShape}, a {@code JsonNode} or null for a scalar. */
  private final List<Object> values;
  private volatile Map<String, Integer> positions;

  private InputShape(List<String> names, List<Object> values) {
    this.names = names;
    this.values = values;
  }

  /**
   * {@return the shape of an object}
   *
   * @param names its properties' names, in the order of the input
   * @param values each property's value, in the same order: an {@code InputShape} for an object or
   *     array, a {@code JsonNode} for a value kept as a tree, null for any other value
   */
  public static InputShape object(List<String> names, List<Object> values) {
    return new InputShape(List.copyOf(names), Collections.unmodifiableList(values));
  }

  /**
   * {@return the shape of an array}
   *
   * @param items each item, as {@link #object}'s values
   */
  public static InputShape array(List<Object> items) {
    return new InputShape(null, Collections.unmodifiableList(items));
  }

  boolean isObject() {
    return names != null;
  }

  /** The position of a property of this object in the input, or -1. */
  int position(String name) {
    if (names.size() <= SCANNED) {
      return names.indexOf(name);
    }
    Map<String, Integer> found = positions;
    if (found == null) {
      found = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        found.putIfAbsent(names.get(i), i);
      }
      positions = found;
    }
    return found.getOrDefault(name, -1);
  }

  /** The value under a segment: an {@code InputShape}, a {@code JsonNode}, or null. */
  Object child(String segment) {
    if (isObject()) {
      int position = position(segment);
      return position < 0 ? null : values.get(position);
    }
    if (!Pointer.isIndex(segment) || segment.length() > 9) {
      return null;
    }
    int index = Integer.parseInt(segment);
    return index < values.size() ? values.get(index) : null;
  }
}
