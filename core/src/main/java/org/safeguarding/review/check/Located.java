package org.safeguarding.review.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguarding.review.metadata.Getter;
import org.safeguarding.review.report.Pointer;

/**
 * A part of a document, or a value in it, together with the JSON Pointer of its place.
 *
 * @param value the part or value
 * @param pointer where it sits, such as {@code /sections/2/findings/0}
 * @param <T> the part's type
 */
public record Located<T>(T value, Pointer pointer) {

  /** The whole document, at the root. */
  public static <T> Located<T> root(T document) {
    return new Located<>(document, Pointer.root());
  }

  /** The pointer of one of this part's properties, named by its getter. */
  public Pointer at(Getter<? super T, ?> property) {
    return pointer.property(property.jsonName());
  }

  /** The pointer of an item of one of this part's list properties. */
  public Pointer at(Getter<? super T, ? extends List<?>> property, int index) {
    return at(property).index(index);
  }

  /** The value of one of this part's properties, at its place. */
  public <R> Located<R> get(Getter<? super T, R> property) {
    return new Located<>(property.apply(value), at(property));
  }

  /** The value of one of this part's optional properties, at its place, if it has one. */
  public <R> Optional<Located<R>> getIfPresent(Getter<? super T, Optional<R>> property) {
    return property.apply(value).map(present -> new Located<>(present, at(property)));
  }

  /** The items of one of this part's list properties, each at its place. */
  public <R> List<Located<R>> getAll(Getter<? super T, List<R>> property) {
    List<R> items = property.apply(value);
    Pointer list = at(property);
    List<Located<R>> located = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      located.add(new Located<>(items.get(i), list.index(i)));
    }
    return located;
  }
}
