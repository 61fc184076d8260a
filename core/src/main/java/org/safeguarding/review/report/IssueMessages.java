package org.safeguarding.review.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.safeguarding.review.pointer.Pointer;

/**
 * The wording shared by every check's messages, so that the same problem reads the same whether
 * the model or a JSON Schema found it: a message names the field its pointer ends at, or the items
 * of the list it indexes.
 */
public final class IssueMessages {

  private static final BigDecimal GROUPED_FROM = BigDecimal.valueOf(10_000);

  private IssueMessages() {}

  /**
   * The field a pointer names, quoted: {@code "title"} for {@code /title}, {@code each item of
   * "themes"} for {@code /themes/0}, {@code the document} for the empty pointer.
   *
   * @param pointer the place an issue is reported at
   * @return the words that start the issue's message
   */
  public static String subject(Pointer pointer) {
    List<String> segments = pointer.shownSegments();
    if (segments.isEmpty()) {
      return "the document";
    }
    String last = segments.get(segments.size() - 1);
    if (pointer.endsWithIndex() && segments.size() > 1) {
      return "each item of " + quoted(segments.get(segments.size() - 2));
    }
    return quoted(last);
  }

  /**
   * {@return the rule of a lower bound: "must be at least 0"}
   *
   * @param bound the smallest allowed value
   */
  public static String atLeast(Object bound) {
    return "must be at least " + bound(bound);
  }

  /**
   * {@return the rule of an upper bound: "must be at most 150"}
   *
   * @param bound the largest allowed value
   */
  public static String atMost(Object bound) {
    return "must be at most " + bound(bound);
  }

  /**
   * A bound as a reader reads it: a whole number of five digits or more with its thousands marked
   * ("1,000,000,000,000"), whether it came from an annotation or a schema's keyword.
   */
  private static String bound(Object bound) {
    String text = String.valueOf(bound);
    try {
      BigDecimal number = new BigDecimal(text);
      if (number.abs().compareTo(GROUPED_FROM) >= 0 && number.stripTrailingZeros().scale() <= 0) {
        return String.format(Locale.ROOT, "%,d", number.toBigIntegerExact());
      }
    } catch (NumberFormatException | ArithmeticException notWhole) {
      return text;
    }
    return text;
  }

  /**
   * {@return the rule of a longest text: "must be at most 200 characters long"}
   *
   * @param max the largest allowed number of characters
   */
  public static String charactersAtMost(Object max) {
    return "must be at most " + max + " characters long";
  }

  /**
   * The message of a property the model does not have at its place, naming the properties it
   * allows there. It never names the unknown property, which the pointer already holds, because a
   * property name in the input is input.
   *
   * @param allowed the JSON names of the properties allowed there, in the model's order
   * @return the message, after the words that name the field
   */
  public static String unknownProperty(List<String> allowed) {
    return "the property is not part of the model; the properties allowed here are " + String.join(", ", allowed);
  }

  /**
   * {@return a count of list items in words: "1 item", "3 items"}
   *
   * @param count how many items
   */
  public static String items(int count) {
    return count == 1 ? "1 item" : count + " items";
  }

  /**
   * {@return a property name in quotes}
   *
   * @param name the property's JSON name
   */
  public static String quoted(String name) {
    return "\"" + name + "\"";
  }
}
