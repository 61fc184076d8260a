package org.safeguarding.review.validation;

import tools.jackson.core.JsonPointer;

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

  /** A pointer built from a base pointer and property names or indexes. */
  static String pointer(String base, Object... segments) {
    JsonPointer result = JsonPointer.compile(base);
    for (Object segment : segments) {
      result =
          segment instanceof Integer index
              ? result.appendIndex(index)
              : result.appendProperty(segment.toString());
    }
    return result.toString();
  }
}
