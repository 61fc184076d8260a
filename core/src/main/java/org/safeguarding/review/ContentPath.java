package org.safeguarding.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where a part of a learning document's content sits: the JSON property names and list indexes
 * from the document down to it, such as {@code sections, 1, content, 0, list, items, 2, finding}.
 * {@link #toString()} writes it as a JSON Pointer ({@code /sections/1/content/0/list/items/2/finding}),
 * the pointer the document's issues use for that place. Instances are immutable.
 */
public final class ContentPath {

  private static final ContentPath ROOT = new ContentPath(List.of());

  private final List<String> segments;

  private ContentPath(List<String> segments) {
    this.segments = segments;
  }

  /** {@return the document itself} */
  public static ContentPath root() {
    return ROOT;
  }

  /**
   * {@return the path of one of this place's properties}
   *
   * @param name the property's JSON name, such as {@code content}
   */
  public ContentPath property(String name) {
    return with(Objects.requireNonNull(name, "name"));
  }

  /**
   * {@return the path of one item of the list at this place}
   *
   * @param index the item's position in the list, from 0
   * @throws IllegalArgumentException if the index is negative
   */
  public ContentPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("A list index is never negative");
    }
    return with(Integer.toString(index));
  }

  /** {@return the property names and indexes, from the document down} */
  public List<String> segments() {
    return segments;
  }

  /**
   * {@return how many sections this place is nested in: 1 for a top-level section and its content}
   */
  public int sectionDepth() {
    return Collections.frequency(segments, "sections");
  }

  private ContentPath with(String segment) {
    List<String> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new ContentPath(Collections.unmodifiableList(longer));
  }

  /** The path as a JSON Pointer, such as {@code /sections/0/content/1/paragraph}. */
  @Override
  public String toString() {
    StringBuilder pointer = new StringBuilder();
    segments.forEach(segment -> pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1")));
    return pointer.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContentPath path && segments.equals(path.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }
}
