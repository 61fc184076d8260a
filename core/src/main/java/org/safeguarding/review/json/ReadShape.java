package org.safeguarding.review.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.review.metadata.InputShape;
import org.safeguarding.review.pointer.Pointer;

/**
 * The {@link InputShape} that {@link TokenReader} records as it reads: it adds each property or
 * item as it meets it, and a value's shape as soon as the value starts.
 */
final class ReadShape implements InputShape {

  /** Above this many properties an object finds a name's position in a map rather than by a scan. */
  private static final int SCANNED = 16;

  private final List<String> names;
  /** Each property's value or array's item: a {@code ReadShape}, a {@code JsonNode} or null for a scalar. */
  private final List<Object> values = new ArrayList<>();
  /** The position of each name, once an object has more than {@link #SCANNED} properties. */
  private Map<String, Integer> positions;

  private ReadShape(List<String> names) {
    this.names = names;
  }

  /** {@return the shape of an object about to be read, with no properties yet} */
  static ReadShape object() {
    return new ReadShape(new ArrayList<>());
  }

  /** {@return the shape of an array about to be read, with no items yet} */
  static ReadShape array() {
    return new ReadShape(null);
  }

  /** Adds the next property of this object, as its name is read; its value is a scalar until {@link #value} says otherwise. */
  void property(String name) {
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
  void item() {
    values.add(null);
  }

  /** Sets the shape of the value of the property or item added last: a {@code ReadShape}, or a {@code JsonNode} kept as a tree. */
  void value(Object shape) {
    values.set(values.size() - 1, shape);
  }

  /** {@return how many properties or items were added} */
  int size() {
    return values.size();
  }

  @Override
  public boolean isObject() {
    return names != null;
  }

  @Override
  public int position(String name) {
    if (!isObject()) {
      return -1;
    }
    return positions == null ? names.indexOf(name) : positions.getOrDefault(name, -1);
  }

  @Override
  public Object child(String segment) {
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
