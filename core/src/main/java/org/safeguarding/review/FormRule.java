package org.safeguarding.review;

/**
 * The rules about a part's form that relate its properties to each other, such as a block holding
 * exactly one part or an age having a value or a stage. {@link Form} checks them with Bean
 * Validation; the published schemas say the same with {@code anyOf}, {@code dependentRequired} and
 * {@code dependentSchemas}. Each rule's message completes a sentence that starts with the field it
 * is reported at.
 */
public enum FormRule {
  /** A {@link Block} holds none of its parts. */
  BLOCK_EMPTY(
      "must hold one of paragraph, list, finding, recommendation, action, question, resource, table, glossary or omission"),
  /** A {@link Block} holds more than one part. */
  BLOCK_SEVERAL(
      "must hold only one of paragraph, list, finding, recommendation, action, question, resource, table, glossary or omission"),
  /** An {@link Item} of a list holds no part and no nested list; a table cell may be empty. */
  ITEM_EMPTY("must hold one of text, finding, recommendation, action, question, resource, omission or list"),
  /** An {@link Item} holds more than one part. */
  ITEM_SEVERAL("must hold at most one of text, finding, recommendation, action, question, resource or omission"),
  /** An {@link Item} has a label but neither text nor an omission (a typed part carries its own title). */
  ITEM_LABEL("has a label, which needs text or an omission with it"),
  /** Some but not all items of an {@link ItemList} have a published number. */
  LIST_NUMBERING("must either all have a number or none"),
  /** An {@link Age} breaks its form. */
  AGE_FORM("must have a value or a stage; a unit comes with a value and never without; to and qualifier need a value"),
  /** A {@link TimeSpan} breaks its form. */
  TIME_SPAN_FORM(
      "must have a value or asWritten; a unit comes with a value and never without; to and qualifier need a value"),
  /** A {@link When} is empty, or has a date together with from or to. */
  WHEN_FORM("must have a date, from, to or asWritten, and never a date together with from or to"),
  /** An {@link Organisation} has neither a name nor an area. */
  ORGANISATION_UNNAMED("must have a name or an area"),
  /** A {@link Resource} has neither a title nor a description. */
  RESOURCE_FORM("must have a title or a description");

  private final String message;

  FormRule(String message) {
    this.message = message;
  }

  /** What the rule requires, completing a sentence that starts with the field it is reported at. */
  public String getMessage() {
    return message;
  }

  /** The rule whose message is {@code message}, if one has it. */
  public static java.util.Optional<FormRule> ofMessage(String message) {
    for (FormRule rule : values()) {
      if (rule.message.equals(message)) {
        return java.util.Optional.of(rule);
      }
    }
    return java.util.Optional.empty();
  }
}
