package org.safeguarding.review.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguarding.review.Property;
import org.safeguarding.review.pointer.Pointer;

/**
 * A part of a document, or a value in it, together with the JSON Pointer of its place.
 *
 * @param value the part or value
 * @param pointer where it sits, such as {@code /sections/2/findings/0}
 * @param <T> the part's type
 */
public record Located<T>(T value, Pointer pointer) {

  /**
   * {@return the whole document, at the root}
   *
   * @param <T> the document's type
   * @param document the document
   */
  public static <T> Located<T> root(T document) {
    return new Located<>(document, Pointer.root());
  }

  /**
   * {@return the pointer of one of this part's properties, named by its metamodel constant}
   *
   * @param property the property, such as {@code Finding_.STATEMENT}
   */
  public Pointer at(Property<? super T, ?> property) {
    return pointer.property(property.name());
  }

  /**
   * {@return the pointer of an item of one of this part's list properties}
   *
   * @param property the list property
   * @param index the item's position in the list, from 0
   */
  public Pointer at(Property<? super T, ? extends List<?>> property, int index) {
    return at(property).index(index);
  }

  /**
   * {@return the value of one of this part's properties, at its place}
   *
   * @param <R> the property's type
   * @param property the property
   */
  public <R> Located<R> get(Property<? super T, R> property) {
    return new Located<>(property.get(value), at(property));
  }

  /**
   * {@return the value of one of this part's optional properties, at its place, if it has one}
   *
   * @param <R> the type of the property's value
   * @param property the optional property
   */
  public <R> Optional<Located<R>> getIfPresent(Property<? super T, Optional<R>> property) {
    return property.get(value).map(present -> new Located<>(present, at(property)));
  }

  /**
   * {@return the items of one of this part's list properties, each at its place}
   *
   * @param <R> the type of the list's items
   * @param property the list property
   */
  public <R> List<Located<R>> getAll(Property<? super T, List<R>> property) {
    List<R> items = property.get(value);
    Pointer list = at(property);
    List<Located<R>> located = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      located.add(new Located<>(items.get(i), list.index(i)));
    }
    return located;
  }
}
