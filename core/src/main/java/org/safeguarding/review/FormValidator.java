package org.safeguarding.review;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks the {@link FormRule}s of a part annotated {@link Form}. A {@code null} part is valid, as
 * for every Bean Validation constraint.
 */
public final class FormValidator implements ConstraintValidator<Form, Object> {

  @Override
  public boolean isValid(Object part, ConstraintValidatorContext context) {
    Report report = new Report(context);
    if (part instanceof Block block) {
      long parts = present(block.parts());
      report.brokenIf(parts == 0, FormRule.BLOCK_EMPTY);
      report.brokenIf(parts > 1, FormRule.BLOCK_SEVERAL);
    } else if (part instanceof Item item) {
      report.brokenIf(present(item.parts()) > 1, FormRule.ITEM_SEVERAL);
      report.brokenIf(
          item.getLabel().isPresent() && item.getText().isEmpty() && item.getOmission().isEmpty(), FormRule.ITEM_LABEL);
    } else if (part instanceof ItemList list) {
      long numbered = list.getItems().stream().filter(i -> i.getNumber().isPresent()).count();
      if (numbered > 0 && numbered < list.getItems().size()) {
        report.broken(FormRule.LIST_NUMBERING, "items", null);
      }
      for (int i = 0; i < list.getItems().size(); i++) {
        Item item = list.getItems().get(i);
        if (present(item.parts()) == 0 && item.getList().isEmpty()) {
          report.broken(FormRule.ITEM_EMPTY, "items", i);
        }
      }
    } else if (part instanceof Age age) {
      report.brokenIf(
          age.getValue().isEmpty() && age.getStage().isEmpty()
              || !countedForm(age.getValue(), age.getUnit(), age.getTo(), age.getQualifier()),
          FormRule.AGE_FORM);
    } else if (part instanceof TimeSpan span) {
      report.brokenIf(
          span.getValue().isEmpty() && span.getAsWritten().isEmpty()
              || !countedForm(span.getValue(), span.getUnit(), span.getTo(), span.getQualifier()),
          FormRule.TIME_SPAN_FORM);
    } else if (part instanceof When when) {
      boolean empty = Stream.of(when.getDate(), when.getFrom(), when.getTo(), when.getAsWritten()).allMatch(Optional::isEmpty);
      boolean dateAndSpan = when.getDate().isPresent() && (when.getFrom().isPresent() || when.getTo().isPresent());
      report.brokenIf(empty || dateAndSpan, FormRule.WHEN_FORM);
    } else if (part instanceof Organisation organisation) {
      report.brokenIf(organisation.getName().isEmpty() && organisation.getArea().isEmpty(), FormRule.ORGANISATION_UNNAMED);
    } else if (part instanceof Resource resource) {
      report.brokenIf(resource.getTitle().isEmpty() && resource.getDescription().isEmpty(), FormRule.RESOURCE_FORM);
    }
    return report.valid;
  }

  /** A unit with a value and never without one; an end of range and a qualifier only with a value. */
  private static boolean countedForm(Optional<?> value, Optional<?> unit, Optional<?> to, Optional<?> qualifier) {
    return value.isPresent() == unit.isPresent() && (value.isPresent() || to.isEmpty() && qualifier.isEmpty());
  }

  private static long present(List<Optional<?>> parts) {
    return parts.stream().filter(Optional::isPresent).count();
  }

  /** The violations of one part, each with its rule's message. */
  private static final class Report {
    private final ConstraintValidatorContext context;
    private boolean valid = true;

    Report(ConstraintValidatorContext context) {
      this.context = context;
    }

    void brokenIf(boolean broken, FormRule rule) {
      if (broken) {
        broken(rule, null, null);
      }
    }

    /** A broken rule, at the part itself, at one of its properties, or at an item of a list property. */
    void broken(FormRule rule, String property, Integer index) {
      if (valid) {
        context.disableDefaultConstraintViolation();
        valid = false;
      }
      var violation = context.buildConstraintViolationWithTemplate(rule.getMessage());
      if (property == null) {
        violation.addConstraintViolation();
      } else if (index == null) {
        violation.addPropertyNode(property).addConstraintViolation();
      } else {
        violation.addPropertyNode(property).addBeanNode().inIterable().atIndex(index).addConstraintViolation();
      }
    }
  }
}
