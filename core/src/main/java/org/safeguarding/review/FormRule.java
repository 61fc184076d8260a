package org.safeguarding.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The rules about a part's form that relate its properties to each other, such as a block holding
 * exactly one part or an age having a value or a stage. {@link Form} checks them with Bean
 * Validation; the published schemas say the same with {@code if} and {@code else}, {@code
 * dependentRequired} and {@code dependentSchemas}. Each rule's message completes a sentence that starts with the field it
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

  /**
   * {@return what the rule requires, completing a sentence that starts with the field it is
   * reported at}
   */
  public String getMessage() {
    return message;
  }

  /**
   * {@return the rule whose message is {@code message}, if one has it}
   *
   * @param message a message as {@link #getMessage()} gives it
   */
  public static Optional<FormRule> ofMessage(String message) {
    for (FormRule rule : values()) {
      if (rule.message.equals(message)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * A rule a part breaks, and where: at the part itself, at one of its properties, or at an item of
   * a list property.
   *
   * @param rule the rule
   * @param property the property it is reported at, if not the part
   * @param index the item of that list property it is reported at, if one
   */
  public record Broken(FormRule rule, Optional<String> property, OptionalInt index) {}

  /**
   * The rules {@code part} breaks, each where it is reported; none for a part whose type has no
   * form rules. {@link Form} reports them through Bean Validation; the model's own constraint check
   * reports the same.
   *
   * @param part a part of a document, of any model type
   * @return the rules it breaks, in the order of this enumeration
   */
  public static List<Broken> brokenBy(Object part) {
    List<Broken> broken = new ArrayList<>();
    if (part instanceof Block block) {
      int parts = present(block.parts());
      brokenIf(parts == 0, BLOCK_EMPTY, broken);
      brokenIf(parts > 1, BLOCK_SEVERAL, broken);
    } else if (part instanceof Item item) {
      brokenIf(present(item.parts()) > 1, ITEM_SEVERAL, broken);
      brokenIf(item.getLabel().isPresent() && item.getText().isEmpty() && item.getOmission().isEmpty(), ITEM_LABEL, broken);
    } else if (part instanceof ItemList list) {
      int numbered = 0;
      for (int i = 0; i < list.getItems().size(); i++) {
        Item item = list.getItems().get(i);
        if (item.getNumber().isPresent()) {
          numbered++;
        }
        if (present(item.parts()) == 0 && item.getList().isEmpty()) {
          broken.add(new Broken(ITEM_EMPTY, Optional.of("items"), OptionalInt.of(i)));
        }
      }
      if (numbered > 0 && numbered < list.getItems().size()) {
        broken.add(0, new Broken(LIST_NUMBERING, Optional.of("items"), OptionalInt.empty()));
      }
    } else if (part instanceof Age age) {
      brokenIf(
          age.getValue().isEmpty() && age.getStage().isEmpty()
              || !countedForm(age.getValue(), age.getUnit(), age.getTo(), age.getQualifier()),
          AGE_FORM,
          broken);
    } else if (part instanceof TimeSpan span) {
      brokenIf(
          span.getValue().isEmpty() && span.getAsWritten().isEmpty()
              || !countedForm(span.getValue(), span.getUnit(), span.getTo(), span.getQualifier()),
          TIME_SPAN_FORM,
          broken);
    } else if (part instanceof When when) {
      boolean empty = Stream.of(when.getDate(), when.getFrom(), when.getTo(), when.getAsWritten()).allMatch(Optional::isEmpty);
      boolean dateAndSpan = when.getDate().isPresent() && (when.getFrom().isPresent() || when.getTo().isPresent());
      brokenIf(empty || dateAndSpan, WHEN_FORM, broken);
    } else if (part instanceof Organisation organisation) {
      brokenIf(organisation.getName().isEmpty() && organisation.getArea().isEmpty(), ORGANISATION_UNNAMED, broken);
    } else if (part instanceof Resource resource) {
      brokenIf(resource.getTitle().isEmpty() && resource.getDescription().isEmpty(), RESOURCE_FORM, broken);
    }
    return broken;
  }

  private static void brokenIf(boolean isBroken, FormRule rule, List<Broken> broken) {
    if (isBroken) {
      broken.add(new Broken(rule, Optional.empty(), OptionalInt.empty()));
    }
  }

  /** A unit with a value and never without one; an end of range and a qualifier only with a value. */
  private static boolean countedForm(Optional<?> value, Optional<?> unit, Optional<?> to, Optional<?> qualifier) {
    return value.isPresent() == unit.isPresent() && (value.isPresent() || to.isEmpty() && qualifier.isEmpty());
  }

  private static int present(List<Optional<?>> parts) {
    int present = 0;
    for (Optional<?> part : parts) {
      if (part.isPresent()) {
        present++;
      }
    }
    return present;
  }
}
