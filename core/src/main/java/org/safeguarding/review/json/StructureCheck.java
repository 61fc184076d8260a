package org.safeguarding.review.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.Theme;
import org.safeguarding.review.validation.Codes;
import org.safeguarding.review.validation.IssueMessages;
import org.safeguarding.review.validation.JsonPointers;
import org.safeguarding.review.validation.ModelValidator;
import org.safeguarding.review.validation.ValidationIssue;
import tools.jackson.databind.JsonNode;

/**
 * Checks that a JSON tree has the shape of a model type before it is bound, so that every
 * structural problem is reported at once with its JSON Pointer: unknown and missing properties,
 * wrong JSON types, unknown enumeration values and impossible dates. Jackson, like any binder,
 * would stop at the first.
 *
 * <p>The shape is read from the model's getters (see {@link ModelProperty}), so it cannot drift
 * from the model. By default values are checked only for what binding needs, and lengths and
 * patterns are left to {@link ModelValidator} once the document is bound. When a document cannot
 * be bound, a second pass {@linkplain #withConstraints checks those constraints too}, property by
 * property, so that the report is complete; only cross-field rules then wait for a bindable
 * document.
 */
final class StructureCheck {

  private final boolean lenient;
  private final boolean constraints;
  private final List<ValidationIssue> issues = new ArrayList<>();

  private StructureCheck(boolean lenient, boolean constraints) {
    this.lenient = lenient;
    this.constraints = constraints;
  }

  /**
   * The structural problems of {@code node} as a {@code modelType}; unknown properties are errors,
   * or warnings when {@code lenient}.
   */
  static List<ValidationIssue> check(JsonNode node, Class<?> modelType, boolean lenient) {
    StructureCheck check = new StructureCheck(lenient, false);
    check.value(node, modelType, "");
    return check.issues;
  }

  /**
   * The structural problems, as {@link #check}, and the constraint problems of every property
   * whose value is well-formed.
   */
  static List<ValidationIssue> withConstraints(JsonNode node, Class<?> modelType, boolean lenient) {
    StructureCheck check = new StructureCheck(lenient, true);
    check.value(node, modelType, "");
    return check.issues;
  }

  private void value(JsonNode node, Type type, String pointer) {
    if (node.isNull()) {
      error(Codes.VALUE_TYPE, pointer, "must not be null");
      return;
    }
    Class<?> raw = rawClass(type);
    if (raw == Optional.class) {
      value(node, typeArgument(type), pointer);
    } else if (raw == List.class) {
      list(node, typeArgument(type), pointer);
    } else if (Extensible.class.isAssignableFrom(raw)) {
      object(node, raw, pointer);
    } else {
      scalar(node, raw, pointer);
    }
  }

  private void list(JsonNode node, Type itemType, String pointer) {
    if (expect(node.isArray(), pointer, "an array")) {
      for (int i = 0; i < node.size(); i++) {
        value(node.get(i), itemType, pointer + "/" + i);
      }
    }
  }

  private void object(JsonNode node, Class<?> modelType, String pointer) {
    if (!expect(node.isObject(), pointer, "an object")) {
      return;
    }
    Map<String, ModelProperty> properties = ModelProperty.of(modelType);
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String at = JsonPointers.property(pointer, entry.getKey());
      ModelProperty known = properties.get(entry.getKey());
      if (known == null) {
        unknown(at);
      } else if (known.type() != DocumentType.class) {
        int before = issues.size();
        value(entry.getValue(), known.type(), at);
        if (constraints && issues.size() == before) {
          propertyConstraints(modelType, known, entry.getValue(), at);
        }
      }
    }
    for (ModelProperty property : properties.values()) {
      if (property.required() && !node.has(property.name())) {
        error(Codes.PROPERTY_REQUIRED, pointer + "/" + property.name(), "is required");
      }
    }
  }

  private void unknown(String pointer) {
    String message = "the property is not part of the model";
    issues.add(
        lenient
            ? ValidationIssue.warning(Codes.PROPERTY_UNKNOWN, pointer, message + "; it is kept as read")
            : ValidationIssue.error(Codes.PROPERTY_UNKNOWN, pointer, message));
  }

  private void scalar(JsonNode node, Class<?> type, String pointer) {
    if (type == String.class) {
      expect(node.isString(), pointer, "text");
    } else if (type == Integer.class) {
      wholeNumber(node, pointer);
    } else if (type == Boolean.class) {
      expect(node.isBoolean(), pointer, "true or false");
    } else if (type.isEnum()) {
      enumValue(node, type, pointer);
    } else if (type == LocalDate.class) {
      formatted(node, pointer, Codes.VALUE_DATE, StructureCheck::isDate, Constraints.DATE_MESSAGE);
    } else if (type == PartialDate.class) {
      formatted(node, pointer, Codes.VALUE_DATE, PartialDate::isValid, PartialDate.MESSAGE);
    } else if (type == Theme.class) {
      formatted(node, pointer, Codes.VALUE_FORMAT, Theme::isValid, Theme.MESSAGE);
    } else {
      throw new IllegalStateException("The model has a property of an unexpected type: " + type);
    }
  }

  private void enumValue(JsonNode node, Class<?> type, String pointer) {
    List<String> allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    if (!node.isString() || !allowed.contains(node.stringValue())) {
      error(Codes.VALUE_ENUM, pointer, "must be one of " + String.join(", ", allowed));
    }
  }

  private void formatted(JsonNode node, String pointer, String code, Predicate<String> valid, String rule) {
    if (expect(node.isString(), pointer, "text") && !valid.test(node.stringValue())) {
      error(code, pointer, rule);
    }
  }

  /** Reports a value of the wrong JSON type; true when the type is right. */
  private boolean expect(boolean ok, String pointer, String what) {
    if (!ok) {
      error(Codes.VALUE_TYPE, pointer, "must be " + what);
    }
    return ok;
  }

  /**
   * A whole number, as JSON Schema's "integer" decides (6.0 counts as whole), that fits an int;
   * a whole number too large for any of the model's ranges is out of range, as a schema says.
   */
  private void wholeNumber(JsonNode node, String pointer) {
    if (!expect(isFiniteNumber(node) && isWhole(node), pointer, "a whole number")) {
      return;
    }
    try {
      node.decimalValue().intValueExact();
    } catch (ArithmeticException e) {
      error(Codes.VALUE_OUT_OF_RANGE, pointer, "is out of range");
    }
  }

  /** A number other than NaN or an infinity, which a tree made elsewhere may hold. */
  private static boolean isFiniteNumber(JsonNode node) {
    return node.isNumber() && (!(node.isDouble() || node.isFloat()) || Double.isFinite(node.doubleValue()));
  }

  private static boolean isWhole(JsonNode node) {
    return node.isIntegralNumber() || node.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      return text.length() == 10;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The constraints on one well-formed property, checked on its Java value. */
  private void propertyConstraints(Class<?> modelType, ModelProperty property, JsonNode node, String pointer) {
    toJava(node, property.type())
        .ifPresent(value -> issues.addAll(ModelValidator.standard().validateProperty(modelType, property.name(), value, pointer)));
  }

  /**
   * The Java value of a well-formed property, for checking its constraints: scalars, and lists and
   * optionals of them. A list of objects becomes a list of as many nulls, enough to check its size;
   * the objects themselves are checked property by property. Objects have no value here.
   */
  private static Optional<Object> toJava(JsonNode node, Type type) {
    Class<?> raw = rawClass(type);
    if (raw == Optional.class) {
      return toJava(node, typeArgument(type)).map(Optional::of);
    }
    if (raw == List.class) {
      Type itemType = typeArgument(type);
      if (Extensible.class.isAssignableFrom(rawClass(itemType))) {
        return Optional.of(Collections.nCopies(node.size(), null));
      }
      List<Object> items = new ArrayList<>();
      node.forEach(item -> toJava(item, itemType).ifPresent(items::add));
      return Optional.of(items);
    }
    if (Extensible.class.isAssignableFrom(raw)) {
      return Optional.empty();
    }
    return Optional.of(scalarValue(node, raw));
  }

  private static Object scalarValue(JsonNode node, Class<?> type) {
    if (type == Integer.class) {
      return node.decimalValue().intValueExact();
    } else if (type == Boolean.class) {
      return node.booleanValue();
    } else if (type.isEnum()) {
      return Arrays.stream(type.getEnumConstants())
          .filter(c -> ((Enum<?>) c).name().equals(node.stringValue()))
          .findFirst()
          .orElseThrow();
    } else if (type == LocalDate.class) {
      return LocalDate.parse(node.stringValue());
    } else if (type == PartialDate.class) {
      return PartialDate.parse(node.stringValue());
    } else if (type == Theme.class) {
      return Theme.of(node.stringValue());
    }
    return node.stringValue();
  }

  private void error(String code, String pointer, String rule) {
    issues.add(ValidationIssue.error(code, pointer, IssueMessages.subject(pointer) + " " + rule));
  }

  private static Class<?> rawClass(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static Type typeArgument(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }
}
