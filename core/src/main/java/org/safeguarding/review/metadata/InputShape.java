package org.safeguarding.review.metadata;

import java.util.ArrayList;
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
 * <p>A shape grows as its reader reads: each property or item is added when its reader meets it,
 * and a value's shape as soon as it starts, so that a {@link DocumentOrder} of the shape orders
 * any two places already read as it will once the whole document is read. This is what lets a
 * reader keep only the first issues of a report while it reads. A shape is changed only by the
 * thread that reads it; once read, it does not change and may be shared.
 */
public final class InputShape {

  /** Above this many properties an object finds a name's position in a map rather than by a scan. */
  private static final int SCANNED = 16;

  private final List<String> names;
  /** Each property's value or array's item: an {@code InputShape}, a {@code JsonNode} or null for a scalar. */
  private final List<Object> values = new ArrayList<>();
  /** The position of each name, once an object has more than {@link #SCANNED} properties. */
  private Map<String, Integer> positions;

  private InputShape(List<String> names) {
    this.names = names;
  }

  /** {@return the shape of an object about to be read, with no properties yet} */
  public static InputShape object() {
    return new InputShape(new ArrayList<>());
  }

  /** {@return the shape of an array about to be read, with no items yet} */
  public static InputShape array() {
    return new InputShape(null);
  }

  /**
   * Adds the next property of this object, as its name is read; its value is a scalar until
   * {@link #value} says otherwise.
   *
   * @param name the property's name
   */
  public void property(String name) {
    names.add(name);
    values.add(null);
    if (positions != null) {
      positions.putIfAbsent(name, names.size() - 1);
    } else if (names.size() > SCANNED) {
      positions = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        positions.putIfAbsent(names.get(i), i);
      }
    }
  }

  /** Adds the next item of this array, a scalar until {@link #value} says otherwise. */
  public void item() {
    values.add(null);
  }

  /**
   * Sets the shape of the value of the property or item added last.
   *
   * @param shape an {@code InputShape} for an object or array, a {@code JsonNode} for a value kept
   *     as a tree
   */
  public void value(Object shape) {
    values.set(values.size() - 1, shape);
  }

  /** {@return how many properties or items were added} */
  public int size() {
    return values.size();
  }

  boolean isObject() {
    return names != null;
  }

  /** The position of a property of this object in the input, or -1. */
  int position(String name) {
    return positions == null ? names.indexOf(name) : positions.getOrDefault(name, -1);
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
