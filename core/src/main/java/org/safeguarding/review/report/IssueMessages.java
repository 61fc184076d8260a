package org.safeguarding.review.report;

import java.util.List;

/**
 * The wording shared by every check's messages, so that the same problem reads the same whether
 * the model or a JSON Schema found it: a message names the field its pointer ends at, or the items
 * of the list it indexes.
 */
public final class IssueMessages {

  private IssueMessages() {}

  /**
   * The field a pointer names, quoted: {@code "title"} for {@code /title}, {@code each item of
   * "themes"} for {@code /themes/0}, {@code the document} for the empty pointer.
   */
  public static String subject(Pointer pointer) {
    List<String> segments = pointer.segments();
    if (segments.isEmpty()) {
      return "the document";
    }
    String last = segments.get(segments.size() - 1);
    if (pointer.endsWithIndex() && segments.size() > 1) {
      return "each item of " + quoted(segments.get(segments.size() - 2));
    }
    return quoted(last);
  }

  /** The rule of a lower bound: "must be at least 0". */
  public static String atLeast(Object bound) {
    return "must be at least " + bound;
  }

  /** The rule of an upper bound: "must be at most 150". */
  public static String atMost(Object bound) {
    return "must be at most " + bound;
  }

  /** The rule of a longest text: "must be at most 200 characters long". */
  public static String charactersAtMost(Object max) {
    return "must be at most " + max + " characters long";
  }

  /**
   * The message of a property the model does not have at its place, naming the properties it
   * allows there. It never names the unknown property, which the pointer already holds, because a
   * property name in the input is input.
   */
  public static String unknownProperty(List<String> allowed) {
    return "the property is not part of the model; the properties allowed here are " + String.join(", ", allowed);
  }

  /** A count of list items in words: "1 item", "3 items". */
  public static String items(int count) {
    return count == 1 ? "1 item" : count + " items";
  }

  /** A property name in quotes. */
  public static String quoted(String name) {
    return "\"" + name + "\"";
  }
}
