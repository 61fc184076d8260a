package org.safeguarding.review.validation;

/**
 * The wording shared by every check's messages, so that the same problem reads the same whether
 * the model or a JSON Schema found it: a message names the field its pointer ends at, or the items
 * of the list it indexes.
 */
public final class IssueMessages {

  private IssueMessages() {}

  /**
   * The field a JSON Pointer names, quoted: {@code "title"} for {@code /title}, {@code each item of
   * "themes"} for {@code /themes/0}, {@code the document} for the empty pointer.
   */
  public static String subject(String pointer) {
    String[] segments = pointer.split("/");
    if (segments.length < 2) {
      return "the document";
    }
    String last = segments[segments.length - 1];
    boolean index = !last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9');
    if (index && segments.length > 2) {
      return "each item of " + quoted(unescape(segments[segments.length - 2]));
    }
    return quoted(unescape(last));
  }

  /** A count of list items in words: "1 item", "3 items". */
  public static String items(int count) {
    return count == 1 ? "1 item" : count + " items";
  }

  /** A property name in quotes. */
  public static String quoted(String name) {
    return "\"" + name + "\"";
  }

  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }
}
