package org.safeguarding.review.metadata;

/**
 * The shape of a JSON document as read, without its values: the names of each object's
 * properties in the order of the input, and the objects and arrays inside them. A reader that
 * binds a document without making a tree records it, so that {@link DocumentOrder} can put issues
 * in the order of the input; only that reader adds to it, and everyone else reads it.
 *
 * <p>A shape grows as its reader reads: each property or item is added when its reader meets it,
 * and a value's shape as soon as it starts, so that a {@link DocumentOrder} of the shape orders
 * any two places already read as it will once the whole document is read. A shape is changed only
 * by the thread that reads it; once read, it does not change and may be shared.
 */
public interface InputShape {

  /** {@return whether this is the shape of an object, rather than of an array} */
  boolean isObject();

  /**
   * {@return the position of a property of this object in the input, or -1 when it has none or this
   * is an array}
   *
   * @param name the property's name
   */
  int position(String name);

  /**
   * {@return the shape of the value under a segment: an {@code InputShape} for an object or array,
   * a {@code JsonNode} for a value kept as a tree, or null for a scalar or a place not read}
   *
   * @param segment a property's name, or an item's index
   */
  Object child(String segment);
}
