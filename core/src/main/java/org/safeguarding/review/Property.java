package org.safeguarding.review;

import java.util.Objects;
import java.util.function.Function;

/**
 * One property of a model type, named in code by a constant of the type's generated metamodel:
 * {@code Finding_.STATEMENT} is {@link Finding}'s {@code statement}, read by {@link
 * Finding#getStatement()}. The compiler checks every use, so that no check, rule or schema keyword
 * writes a property's name as text.
 *
 * <p>The metamodel ({@code Finding_} for {@code Finding}) is written from the model's source while
 * it compiles, with one constant per getter in the order the getters are declared (the order JSON
 * writes them), {@code PROPERTIES} with them all and, for a choice object, {@code CHOICES} with its
 * alternatives. What a property may hold (its kind, cardinality and constraints) is described by
 * the metadata package's {@code ModelProperty}. Instances are immutable and thread-safe.
 *
 * @param <T> the model type that has the property
 * @param <V> what its getter returns: the value, an {@code Optional} or a {@code List}
 */
public final class Property<T, V> {

  private final Class<T> owner;
  private final String name;
  private final String getterName;
  private final Function<T, V> getter;
  private final String description;

  /** Made only by the generated metamodel. */
  Property(Class<T> owner, String name, String getterName, Function<T, V> getter, String description) {
    this.owner = owner;
    this.name = name;
    this.getterName = getterName;
    this.getter = getter;
    this.description = description;
  }

  /** {@return the model type that has the property, such as {@code Finding.class}} */
  public Class<T> owner() {
    return owner;
  }

  /** {@return the property's JSON name, such as {@code statement}} */
  public String name() {
    return name;
  }

  /** {@return the name of its getter, such as {@code getStatement}} */
  public String getterName() {
    return getterName;
  }

  /** {@return what the property holds, in words: its getter's doc comment, as the schemas give it} */
  public String description() {
    return description;
  }

  /**
   * {@return what the getter returns for {@code part}}
   *
   * @param part a part of the property's model type
   */
  public V get(T part) {
    return getter.apply(Objects.requireNonNull(part, "part"));
  }

  /** The owner's simple name and the property's, such as {@code Finding.statement}. */
  @Override
  public String toString() {
    return owner.getSimpleName() + "." + name;
  }
}
