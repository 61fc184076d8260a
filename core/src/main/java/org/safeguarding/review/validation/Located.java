package org.safeguarding.review.validation;

/**
 * A part of a document together with the JSON Pointer where it sits.
 *
 * @param value the part
 * @param pointer where it sits, such as {@code /sections/2/findings/0}
 */
record Located<T>(T value, String pointer) {

  /** The pointer of a property or index inside this part. */
  String at(Object... segments) {
    return Located.pointer(pointer, segments);
  }

  /**
   * A pointer built from a base pointer and the model's property names or indexes, which need no
   * escaping: no property name of the model holds '~' or '/'.
   */
  static String pointer(String base, Object... segments) {
    StringBuilder result = new StringBuilder(base);
    for (Object segment : segments) {
      result.append('/').append(segment);
    }
    return result.toString();
  }
}
