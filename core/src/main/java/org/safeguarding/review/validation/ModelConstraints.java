package org.safeguarding.review.validation;

import jakarta.validation.Constraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.Form;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.Place;
import org.safeguarding.review.Text;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.metadata.Cardinality;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ValueKind;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.ValidationIssue;

/**
 * The model's own constraint annotations ({@code @NotNull}, {@link Text}, {@code @Pattern},
 * {@code @Size}, {@code @Min}, {@code @Max}, {@code @PositiveOrZero}, and {@link Form} on a type),
 * checked straight from the metadata in the walk that finds a document's parts, as the bundled
 * Bean Validation provider checks them, with the same issues.
 *
 * <p>This is how the bundled validator is run: a walk of the parts already found costs a fraction
 * of a reflective Bean Validation pass over a hundred objects. It is used only where every
 * constraint of a model type is one of these, so that nothing is checked less; a model type with
 * any other constraint is left to the Bean Validation provider. A test runs both over generated and
 * broken documents and requires the same issues.
 */
final class ModelConstraints {

  private static final Set<Class<? extends Annotation>> KNOWN =
      Set.of(NotNull.class, Text.class, Pattern.class, Size.class, Min.class, Max.class, PositiveOrZero.class);

  private static final ClassValue<Rules> RULES =
      new ClassValue<>() {
        @Override
        protected Rules computeValue(Class<?> type) {
          return Rules.of(ModelType.of(type));
        }
      };

  /** Whether every constraint of every model type a type can hold, itself included, is one checked here. */
  private static final ClassValue<Boolean> SUPPORTED =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          Set<Class<?>> seen = new HashSet<>();
          Deque<Class<?>> next = new ArrayDeque<>(List.of(type));
          while (!next.isEmpty()) {
            Class<?> current = next.pop();
            if (seen.add(current)) {
              if (!RULES.get(current).supported()) {
                return false;
              }
              ModelType.of(current).properties().stream()
                  .filter(p -> p.kind() == ValueKind.OBJECT)
                  .forEach(p -> next.push(p.valueClass()));
            }
          }
          return true;
        }
      };

  private static final Map<ModelProperty, PropertyRules> PROPERTIES = new ConcurrentHashMap<>();

  private ModelConstraints() {}

  /** Whether every constraint of the model types a document can hold is one this class checks. */
  static boolean supports(Class<?> documentType) {
    return SUPPORTED.get(ModelType.of(documentType).modelClass());
  }

  /** Whether every constraint of one property is one this class checks. */
  static boolean supports(ModelProperty property) {
    return rules(property).supported();
  }

  /** The constraint problems of every part of a document. */
  static List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (Located<Extensible> part : parts.parts()) {
      Rules rules = RULES.get(part.value().getClass());
      for (PropertyRules property : rules.properties()) {
        property.check(property.property().get(part.value()), part.pointer(), issues);
      }
      if (rules.form()) {
        issues.addAll(form(part));
      }
    }
    return issues;
  }

  /** The {@link Form} rules a part breaks, each at its place. */
  static List<ValidationIssue> form(Located<Extensible> part) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (FormRule.Broken broken : FormRule.brokenBy(part.value())) {
      Pointer at = part.pointer();
      if (broken.property().isPresent()) {
        at = at.property(broken.property().get());
        if (broken.index().isPresent()) {
          at = at.index(broken.index().getAsInt());
        }
      }
      issues.add(FormIssues.issue(broken.rule(), at));
    }
    return issues;
  }

  /**
   * The constraint problems of one property's value, as its getter would return it, at {@code
   * pointer}.
   */
  static List<ValidationIssue> check(ModelProperty property, Object value, Pointer pointer) {
    List<ValidationIssue> issues = new ArrayList<>();
    rules(property).check(value, pointer.parent().orElseThrow(), issues);
    return issues;
  }

  private static PropertyRules rules(ModelProperty property) {
    return PROPERTIES.computeIfAbsent(property, PropertyRules::of);
  }

  /**
   * A model type's own checkable properties, whether it has {@link Form} rules, and whether all its
   * own constraints are known here.
   */
  private record Rules(List<PropertyRules> properties, boolean form, boolean supported) {

    static Rules of(ModelType type) {
      List<Annotation> onType = constraints(List.of(type.modelClass().getAnnotations()));
      boolean form = onType.stream().anyMatch(Form.class::isInstance);
      boolean supported = onType.stream().allMatch(Form.class::isInstance);
      List<PropertyRules> properties = new ArrayList<>();
      for (ModelProperty property : type.properties()) {
        PropertyRules rules = rules(property);
        supported &= rules.supported();
        if (!rules.isEmpty()) {
          properties.add(rules);
        }
      }
      return new Rules(List.copyOf(properties), form, supported);
    }
  }

  /**
   * The constraints of one property: those on the property as a whole (a list's size, a required
   * value) and those on each of its values, each read once from its annotation.
   */
  private record PropertyRules(ModelProperty property, List<Rule> onProperty, List<Rule> onValues, boolean supported) {

    static PropertyRules of(ModelProperty property) {
      List<Annotation> whole = new ArrayList<>(constraints(List.of(property.getter().getAnnotations())));
      AnnotatedType returned = property.getter().getAnnotatedReturnType();
      List<Annotation> values = new ArrayList<>();
      if (property.cardinality() == Cardinality.ONE) {
        // An annotation that may stand on the method and on its type stands on both: count it once.
        constraints(List.of(returned.getAnnotations())).stream().filter(a -> !whole.contains(a)).forEach(whole::add);
      } else {
        AnnotatedType item = ((AnnotatedParameterizedType) returned).getAnnotatedActualTypeArguments()[0];
        values.addAll(constraints(List.of(item.getAnnotations())));
      }
      boolean supported = whole.stream().allMatch(ModelConstraints::known) && values.stream().allMatch(ModelConstraints::known);
      return supported
          ? new PropertyRules(property, rules(whole), rules(values), true)
          : new PropertyRules(property, List.of(), List.of(), false);
    }

    private static List<Rule> rules(List<Annotation> constraints) {
      return constraints.stream().map(Rule::of).toList();
    }

    boolean isEmpty() {
      return onProperty.isEmpty() && onValues.isEmpty();
    }

    /** Checks what the getter returned for the part at {@code part}; pointers are made only for problems. */
    void check(Object got, Pointer part, List<ValidationIssue> issues) {
      for (Rule rule : onProperty) {
        rule.check(got, new Place(part, property, -1), issues);
      }
      if (onValues.isEmpty()) {
        return;
      }
      if (property.cardinality() == Cardinality.OPTIONAL) {
        Optional<?> optional = (Optional<?>) got;
        if (optional.isPresent()) {
          for (Rule rule : onValues) {
            rule.check(optional.get(), new Place(part, property, -1), issues);
          }
        }
      } else if (property.cardinality() == Cardinality.LIST) {
        List<?> items = (List<?>) got;
        for (int i = 0; i < items.size(); i++) {
          for (Rule rule : onValues) {
            rule.check(items.get(i), new Place(part, property, i), issues);
          }
        }
      }
    }
  }

  /** Where a value sits: a part's property, or an item of it; the pointer is made when asked for. */
  private record Place(Pointer part, ModelProperty property, int index) {
    Pointer pointer() {
      Pointer at = part.property(property.name());
      return index < 0 ? at : at.index(index);
    }
  }

  /**
   * One constraint, its attributes read from the annotation once (an annotation's attributes are
   * read through a proxy), checked as its Bean Validation validator checks it.
   */
  private abstract static class Rule {

    abstract void check(Object value, Place place, List<ValidationIssue> issues);

    static Rule of(Annotation constraint) {
      if (constraint instanceof NotNull) {
        return new Rule() {
          @Override
          void check(Object value, Place place, List<ValidationIssue> issues) {
            if (value == null) {
              issues.add(ConstraintIssues.required(place.pointer()));
            }
          }
        };
      }
      if (constraint instanceof Text text) {
        int max = text.max();
        return new Rule() {
          @Override
          void check(Object value, Place place, List<ValidationIssue> issues) {
            if (value != null) {
              String string = (String) value;
              if (string.length() > max && string.codePointCount(0, string.length()) > max) {
                issues.add(ConstraintIssues.textTooLong(text, place.pointer()));
              }
              if (string.isBlank()) {
                issues.add(ConstraintIssues.blank(place.pointer()));
              }
            }
          }
        };
      }
      if (constraint instanceof Pattern pattern) {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(pattern.regexp());
        return new Rule() {
          @Override
          void check(Object value, Place place, List<ValidationIssue> issues) {
            if (value != null && !regex.matcher((CharSequence) value).matches()) {
              issues.add(ConstraintIssues.pattern(pattern, place.pointer()));
            }
          }
        };
      }
      if (constraint instanceof Size size) {
        int min = size.min();
        int max = size.max();
        return new Rule() {
          @Override
          void check(Object value, Place place, List<ValidationIssue> issues) {
            if (value != null) {
              int length = value instanceof Collection<?> collection ? collection.size() : ((CharSequence) value).length();
              if (length < min || length > max) {
                issues.add(ConstraintIssues.size(size, value, place.pointer()));
              }
            }
          }
        };
      }
      long min = constraint instanceof Min m ? m.value() : constraint instanceof PositiveOrZero ? 0 : Long.MIN_VALUE;
      long max = constraint instanceof Max m ? m.value() : Long.MAX_VALUE;
      return new Rule() {
        @Override
        void check(Object value, Place place, List<ValidationIssue> issues) {
          if (value != null && (((Number) value).longValue() < min || ((Number) value).longValue() > max)) {
            issues.add(ConstraintIssues.range(constraint, place.pointer()));
          }
        }
      };
    }
  }

  /** A constraint this class checks: one of its kinds, without groups and, for a pattern, without flags. */
  private static boolean known(Annotation constraint) {
    if (!KNOWN.contains(constraint.annotationType())) {
      return false;
    }
    if (constraint instanceof Pattern pattern) {
      return pattern.flags().length == 0 && pattern.groups().length == 0;
    }
    return true;
  }

  /** The constraint annotations among {@code annotations}: those meta-annotated with {@link Constraint}. */
  private static List<Annotation> constraints(List<Annotation> annotations) {
    return annotations.stream().filter(a -> a.annotationType().isAnnotationPresent(Constraint.class)).toList();
  }
}
