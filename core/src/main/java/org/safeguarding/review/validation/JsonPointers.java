package org.safeguarding.review.validation;

/**
 * Builds the JSON Pointers (RFC 6901) that locate {@link ValidationIssue}s, one step at a time,
 * from the empty pointer of the whole document.
 */
public final class JsonPointers {

  private JsonPointers() {}

  /**
   * The pointer to a property of the object at {@code pointer}, with {@code ~} and {@code /} in
   * its name escaped as {@code ~0} and {@code ~1}.
   */
  public static String property(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
