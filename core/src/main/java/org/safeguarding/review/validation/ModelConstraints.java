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
import java.math.BigDecimal;
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
import org.safeguarding.review.FormRule;
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
 * {@code @Size}, {@code @Min}, {@code @Max}, {@code @PositiveOrZero}, and the {@link org.safeguarding.review.FormRule}s),
 * checked straight from the metadata in the walk that finds a document's parts, as the bundled
 * Bean Validation provider checks them, with the same issues.
 *
 * <p>This is how the bundled validator is run: a walk of the parts already found costs a fraction
 * of a reflective Bean Validation pass over a hundred objects. It is used only where every
 * constraint of a model type is one of these, so that nothing is checked less; a model type with
 * any other constraint is left to the Bean Validation provider. A test runs both over generated and
 * broken documents and requires the same issues.
 */
final class ModelConstraints implements ConstraintEngine {

  /** The engine, with the bundled validator for what it does not check itself. */
  static final ModelConstraints STANDARD = new ModelConstraints();

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

  /** The engine for what this class does not check itself: the bundled validator, built when first needed. */
  private static ConstraintEngine fallback() {
    return new BeanValidationConstraints(BeanValidationConstraints.bundled());
  }

  /** Whether every constraint of the model types a document can hold is one this class checks. */
  static boolean supports(Class<?> documentType) {
    return SUPPORTED.get(ModelType.of(documentType).modelClass());
  }

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    if (!supports(parts.document().value().getClass())) {
      return fallback().check(parts);
    }
    List<ValidationIssue> issues = new ArrayList<>();
    for (Located<Extensible> part : parts.parts()) {
      Rules rules = RULES.get(part.value().getClass());
      for (PropertyRules property : rules.properties()) {
        property.check(property.property().get(part.value()), part.pointer(), issues);
      }
      issues.addAll(checkForm(part));
    }
    return issues;
  }

  @Override
  public List<ValidationIssue> checkForm(Located<? extends Extensible> part) {
    if (!RULES.get(part.value().getClass()).supported()) {
      return fallback().checkForm(part);
    }
    List<ValidationIssue> issues = new ArrayList<>();
    for (FormRule rule : FormRule.of(part.value().getClass())) {
      for (Pointer broken : rule.brokenIn(part.value())) {
        Pointer at = part.pointer();
        for (String segment : broken.segments()) {
          at = Pointer.isIndex(segment) ? at.index(Integer.parseInt(segment)) : at.property(segment);
        }
        issues.add(rule.issueAt(at));
      }
    }
    return issues;
  }

  @Override
  public List<ValidationIssue> checkProperty(ModelProperty property, Object value, Pointer pointer) {
    if (!rules(property).supported()) {
      return fallback().checkProperty(property, value, pointer);
    }
    List<ValidationIssue> issues = new ArrayList<>();
    rules(property).check(value, pointer.parent().orElseThrow(), issues);
    return issues;
  }

  private static PropertyRules rules(ModelProperty property) {
    return PROPERTIES.computeIfAbsent(property, PropertyRules::of);
  }

  /** A model type's own checkable properties, and whether all its own constraints are known here. */
  private record Rules(List<PropertyRules> properties, boolean supported) {

    static Rules of(ModelType type) {
      boolean supported = constraints(List.of(type.modelClass().getAnnotations())).isEmpty();
      List<PropertyRules> properties = new ArrayList<>();
      for (ModelProperty property : type.properties()) {
        PropertyRules rules = rules(property);
        supported &= rules.supported();
        if (!rules.isEmpty()) {
          properties.add(rules);
        }
      }
      return new Rules(List.copyOf(properties), supported);
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
        rule.check(got, new ValueAt(part, property, -1), issues);
      }
      if (onValues.isEmpty()) {
        return;
      }
      if (property.cardinality() == Cardinality.OPTIONAL) {
        Optional<?> optional = (Optional<?>) got;
        if (optional.isPresent()) {
          for (Rule rule : onValues) {
            rule.check(optional.get(), new ValueAt(part, property, -1), issues);
          }
        }
      } else if (property.cardinality() == Cardinality.LIST) {
        List<?> items = (List<?>) got;
        for (int i = 0; i < items.size(); i++) {
          for (Rule rule : onValues) {
            rule.check(items.get(i), new ValueAt(part, property, i), issues);
          }
        }
      }
    }
  }

  /** Where a value sits: a part's property, or an item of it; the pointer is made when asked for. */
  private record ValueAt(Pointer part, ModelProperty property, int index) {
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

    abstract void check(Object value, ValueAt place, List<ValidationIssue> issues);

    static Rule of(Annotation constraint) {
      if (constraint instanceof NotNull) {
        return new Rule() {
          @Override
          void check(Object value, ValueAt place, List<ValidationIssue> issues) {
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
          void check(Object value, ValueAt place, List<ValidationIssue> issues) {
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
          void check(Object value, ValueAt place, List<ValidationIssue> issues) {
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
          void check(Object value, ValueAt place, List<ValidationIssue> issues) {
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
        void check(Object value, ValueAt place, List<ValidationIssue> issues) {
          if (value != null && outside((Number) value, min, max)) {
            issues.add(ConstraintIssues.range(constraint, place.pointer()));
          }
        }
      };
    }
  }

  /**
   * Whether a number is outside a range, {@code Long.MIN_VALUE} and {@code Long.MAX_VALUE} meaning
   * no bound; a decimal is compared as it is, never made a long, which for {@code 1e999999999}
   * would be wrong and costly.
   */
  private static boolean outside(Number value, long min, long max) {
    if (value instanceof BigDecimal decimal) {
      return min != Long.MIN_VALUE && decimal.compareTo(BigDecimal.valueOf(min)) < 0
          || max != Long.MAX_VALUE && decimal.compareTo(BigDecimal.valueOf(max)) > 0;
    }
    return value.longValue() < min || value.longValue() > max;
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
