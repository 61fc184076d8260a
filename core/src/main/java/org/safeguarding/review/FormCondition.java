package org.safeguarding.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeguarding.review.pointer.Pointer;

/**
 * One condition of a {@link FormRule}, about which of a part's properties are present: a value
 * given, an optional that is present, a list with items. Conditions are declared once, with the
 * rule, and read three ways: {@link #brokenIn(Object)} checks a part built in the model, the schema
 * generator writes each kind as standard JSON Schema keywords (through a {@link Visitor}), and the
 * schema validator's errors inside those keywords are read back as the rule.
 */
public sealed interface FormCondition {

  /**
   * {@return where the condition is broken in {@code part}, relative to the part: the part itself
   * ({@link Pointer#root()}), a list property or an item of it; none when the condition holds}
   *
   * @param part a part of the model type the condition is about
   */
  List<Pointer> brokenIn(Object part);

  /**
   * {@return what {@code visitor} makes of this condition}
   *
   * @param <R> what the visitor makes
   * @param visitor the visitor
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * What a reader of conditions makes of each kind, such as the schema generator's keywords.
   *
   * @param <R> what it makes
   */
  interface Visitor<R> {

    /**
     * {@return what is made of an at-least-one condition}
     *
     * @param condition the condition
     */
    R atLeastOne(AtLeastOne condition);

    /**
     * {@return what is made of an at-most-one condition}
     *
     * @param condition the condition
     */
    R atMostOne(AtMostOne condition);

    /**
     * {@return what is made of a needs condition}
     *
     * @param condition the condition
     */
    R needs(Needs condition);

    /**
     * {@return what is made of an excludes condition}
     *
     * @param condition the condition
     */
    R excludes(Excludes condition);

    /**
     * {@return what is made of a condition on each item of a list}
     *
     * @param condition the condition
     */
    R eachItem(EachItem condition);

    /**
     * {@return what is made of an all-or-none condition}
     *
     * @param condition the condition
     */
    R allOrNone(AllOrNone condition);
  }

  /**
   * {@return at least one of {@code properties} is present}
   *
   * @param properties the properties, of one model type
   */
  static FormCondition atLeastOne(List<? extends Property<?, ?>> properties) {
    return new AtLeastOne(List.copyOf(properties));
  }

  /**
   * {@return at most one of {@code properties} is present}
   *
   * @param properties the properties, of one model type
   */
  static FormCondition atMostOne(List<? extends Property<?, ?>> properties) {
    return new AtMostOne(List.copyOf(properties));
  }

  /**
   * {@return when {@code property} is present, so is one of {@code anyOf}}
   *
   * @param property the property that needs another
   * @param anyOf the properties one of which it needs
   */
  static FormCondition needs(Property<?, ?> property, Property<?, ?>... anyOf) {
    return new Needs(property, List.of(anyOf));
  }

  /**
   * {@return when {@code property} is present, none of {@code others} is}
   *
   * @param property the property that excludes others
   * @param others the properties it excludes
   */
  static FormCondition excludes(Property<?, ?> property, Property<?, ?>... others) {
    return new Excludes(property, List.of(others));
  }

  /**
   * {@return {@code condition} holds for each item of {@code list}, and is broken at each item}
   *
   * @param list a list property of model parts
   * @param condition the condition on each item
   */
  static FormCondition eachItem(Property<?, ?> list, FormCondition condition) {
    return new EachItem(list, condition);
  }

  /**
   * {@return every item of {@code list} has {@code property} present, or none has; broken at the
   * list}
   *
   * @param list a list property of model parts
   * @param property a property of the items
   */
  static FormCondition allOrNone(Property<?, ?> list, Property<?, ?> property) {
    return new AllOrNone(list, property);
  }

  /**
   * {@return whether {@code property} of {@code part} is present: a value, a present optional or a
   * list with items}
   *
   * @param property a property of the part's model type
   * @param part the part
   */
  @SuppressWarnings("unchecked")
  static boolean present(Property<?, ?> property, Object part) {
    Object value = ((Property<Object, ?>) property).get(part);
    if (value instanceof Optional<?> optional) {
      return optional.isPresent();
    }
    if (value instanceof List<?> list) {
      return !list.isEmpty();
    }
    return value != null;
  }

  /**
   * {@return the JSON names of {@code properties} as a message lists them: "a, b or c"}
   *
   * @param properties the properties
   */
  static String names(List<? extends Property<?, ?>> properties) {
    List<String> names = properties.stream().map(Property::name).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " or " + names.get(names.size() - 1);
  }

  /**
   * At least one of the properties is present.
   *
   * @param properties the properties
   */
  record AtLeastOne(List<Property<?, ?>> properties) implements FormCondition {

    @Override
    public List<Pointer> brokenIn(Object part) {
      return properties.stream().anyMatch(property -> present(property, part)) ? List.of() : List.of(Pointer.root());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.atLeastOne(this);
    }
  }

  /**
   * At most one of the properties is present.
   *
   * @param properties the properties
   */
  record AtMostOne(List<Property<?, ?>> properties) implements FormCondition {

    @Override
    public List<Pointer> brokenIn(Object part) {
      return properties.stream().filter(property -> present(property, part)).count() > 1 ? List.of(Pointer.root()) : List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.atMostOne(this);
    }
  }

  /**
   * When the property is present, so is one of the others.
   *
   * @param property the property
   * @param anyOf the properties one of which it needs
   */
  record Needs(Property<?, ?> property, List<Property<?, ?>> anyOf) implements FormCondition {

    @Override
    public List<Pointer> brokenIn(Object part) {
      boolean broken = present(property, part) && anyOf.stream().noneMatch(other -> present(other, part));
      return broken ? List.of(Pointer.root()) : List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.needs(this);
    }
  }

  /**
   * When the property is present, none of the others is.
   *
   * @param property the property
   * @param others the properties it excludes
   */
  record Excludes(Property<?, ?> property, List<Property<?, ?>> others) implements FormCondition {

    @Override
    public List<Pointer> brokenIn(Object part) {
      boolean broken = present(property, part) && others.stream().anyMatch(other -> present(other, part));
      return broken ? List.of(Pointer.root()) : List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.excludes(this);
    }
  }

  /**
   * A condition on each item of a list property, broken at each item that breaks it.
   *
   * @param list the list property
   * @param condition the condition on each item
   */
  record EachItem(Property<?, ?> list, FormCondition condition) implements FormCondition {

    @Override
    @SuppressWarnings("unchecked")
    public List<Pointer> brokenIn(Object part) {
      List<?> items = (List<?>) ((Property<Object, ?>) list).get(part);
      List<Pointer> broken = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (!condition.brokenIn(items.get(i)).isEmpty()) {
          broken.add(Pointer.root().property(list.name()).index(i));
        }
      }
      return broken;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.eachItem(this);
    }
  }

  /**
   * Every item of a list has the property, or none has; broken at the list.
   *
   * @param list the list property
   * @param property the property of its items
   */
  record AllOrNone(Property<?, ?> list, Property<?, ?> property) implements FormCondition {

    @Override
    @SuppressWarnings("unchecked")
    public List<Pointer> brokenIn(Object part) {
      List<?> items = (List<?>) ((Property<Object, ?>) list).get(part);
      long having = items.stream().filter(item -> present(property, Objects.requireNonNull(item))).count();
      return having > 0 && having < items.size() ? List.of(Pointer.root().property(list.name())) : List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.allOrNone(this);
    }
  }
}
