package org.safeguarding.review.metadata;

import java.io.Serializable;
import java.util.function.Function;

/**
 * A method reference to a model getter, such as {@code HousingPlacement::getEnd}, by which checks
 * name the property they report on. The compiler checks that the getter exists, and {@link
 * #property()} finds its JSON name in the model's metadata, so no check writes a property name as
 * text.
 *
 * @param <T> the model type that has the getter
 * @param <R> what the getter returns
 */
@FunctionalInterface
public interface Getter<T, R> extends Function<T, R>, Serializable {

  /**
   * The property this getter reads.
   *
   * @return the property, with its JSON name and what it may hold
   * @throws IllegalArgumentException if this is not a method reference to a getter of a model type
   */
  default ModelProperty property() {
    return GetterResolver.property(this);
  }

  /** {@return the JSON name of the property this getter reads, such as {@code end}} */
  default String jsonName() {
    return property().name();
  }
}
