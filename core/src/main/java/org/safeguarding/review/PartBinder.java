package org.safeguarding.review;

import tools.jackson.databind.JsonNode;

/**
 * Builds a part of one model type from its properties' values, by their positions in the type's
 * metamodel, without reflection: the model processor writes one for each type Immutables
 * implements, as {@code Finding_.BINDER}. It is how the library's own one-pass reader binds JSON;
 * applications build parts with each type's {@code builder()}.
 *
 * <p>A builder is an opaque object that only this binder's methods touch. Instances are stateless
 * and thread-safe; each builder they start is used by one thread.
 *
 * @param <T> the model type
 */
public interface PartBinder<T extends Extensible> {

  /** {@return a new, empty builder of the type} */
  Object start();

  /**
   * Sets one property.
   *
   * @param builder a builder this binder started
   * @param position the property's position in the metamodel's {@code PROPERTIES}
   * @param value the value: for an optional property the value itself, for a list a {@code
   *     List} of its items
   * @throws IllegalArgumentException if the position is not a property that can be set
   */
  void set(Object builder, int position, Object value);

  /**
   * Keeps a property the model does not know.
   *
   * @param builder a builder this binder started
   * @param name the property's name
   * @param value its value, as read
   */
  void putUnknown(Object builder, String name, JsonNode value);

  /**
   * {@return the part}
   *
   * @param builder a builder this binder started, with every required property set
   * @throws IllegalStateException if a required property is not set
   */
  T build(Object builder);
}
