package org.safeguarding.review.json;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.Theme;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.metadata.Cardinality;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ValueKind;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueCollector;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.validation.ConstraintEngine;
import org.safeguarding.review.validation.ModelValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that a JSON tree has the shape of a model type before it is bound, so that every
 * structural problem is reported at once with its JSON Pointer: unknown and missing properties,
 * wrong JSON types, unknown enumeration values and impossible dates. Jackson, like any binder,
 * would stop at the first.
 *
 * <p>The shape is the model's metadata ({@link ModelType}), so it cannot drift from the model. By
 * default values are checked only for what binding needs, and lengths and patterns are left to the
 * {@link ModelValidator} once the document is bound. When a document cannot be bound, a second
 * pass {@linkplain #withConstraints checks those constraints too}, property by property, with the
 * validator's constraint engine, so that the report is complete; only the checks of a
 * whole document then wait for a bindable one.
 */
final class StructureCheck {

  private final boolean lenient;
  private final Optional<Checking> constraints;

  /**
   * How a well-formed part's constraints are checked: the engine, and the mapper that binds a part
   * on its own for its form's rules, within the limits the document was read within.
   */
  private record Checking(ConstraintEngine engine, JsonMapper binder) {}
  private final Consumer<ValidationIssue> issues;
  /** How many issues were found, kept or not. */
  private int found;
  private int errors;
  private boolean stopAtError;

  private StructureCheck(boolean lenient, Optional<Checking> constraints, Consumer<ValidationIssue> issues) {
    this.lenient = lenient;
    this.constraints = constraints;
    this.issues = issues;
  }

  /**
   * Collects into {@code issues} the structural problems of {@code node} as a {@code modelType};
   * unknown properties are errors, or warnings when {@code lenient}. It stops at the first error,
   * because a document with errors is not bound and is checked again {@linkplain #withConstraints
   * with its constraints}: it returns whether there was one.
   */
  static boolean hasErrors(JsonNode node, Class<?> modelType, boolean lenient, IssueCollector issues) {
    StructureCheck check = new StructureCheck(lenient, Optional.empty(), issues::add);
    check.stopAtError = true;
    try {
      check.object(node, ModelType.of(modelType), Pointer.root());
      return false;
    } catch (FirstError e) {
      return true;
    }
  }

  /** Ends a check that stops at the first error. */
  private static final class FirstError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FirstError() {
      super(null, null, false, false);
    }
  }

  /**
   * Collects into {@code issues} the structural problems, as {@link #hasErrors}, and the constraint
   * problems of every property whose value is well-formed, as {@code constraints} checks them; a
   * part is bound for its form's rules by {@code binder}, the mapper of the limits it was read within.
   */
  static IssueCollector withConstraints(
      JsonNode node, Class<?> modelType, boolean lenient, ConstraintEngine constraints, JsonMapper binder, IssueCollector issues) {
    new StructureCheck(lenient, Optional.of(new Checking(constraints, binder)), issues::add).object(node, ModelType.of(modelType), Pointer.root());
    return issues;
  }

  /**
   * A check that reports as {@link #withConstraints} does, value by value, for a reader that walks
   * the document itself ({@link TokenReader}): it hands over each value that is not what its
   * property needs as a tree ({@link #value}, {@link #property}), each well-formed property's value
   * ({@link #constraintsOn}), each missing property ({@link #missing}) and each sound part ({@link
   * #form}), and reads {@link #found()} and {@link #errors()} as this check's own walk does.
   */
  static StructureCheck reporting(boolean lenient, ConstraintEngine constraints, JsonMapper binder, Consumer<ValidationIssue> issues) {
    return new StructureCheck(lenient, Optional.of(new Checking(constraints, binder)), issues);
  }

  /** {@return how many issues this check found so far} */
  int found() {
    return found;
  }

  /** {@return how many structural errors this check found so far} */
  int errors() {
    return errors;
  }

  private void object(JsonNode node, ModelType type, Pointer pointer) {
    if (!expect(node.isObject(), pointer, "an object")) {
      return;
    }
    int errorsBefore = errors;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      Pointer at = pointer.property(entry.getKey());
      Optional<ModelProperty> known = type.property(entry.getKey());
      if (known.isEmpty()) {
        unknown(at, type);
      } else if (known.get().kind() != ValueKind.DOCUMENT_TYPE) {
        int before = found;
        property(entry.getValue(), known.get(), at);
        if (constraints.isPresent() && found == before) {
          propertyConstraints(known.get(), entry.getValue(), at);
        }
      }
    }
    for (ModelProperty property : type.properties()) {
      if (property.required() && !node.has(property.name())) {
        missing(property, pointer);
      }
    }
    if (constraints.isPresent() && errors == errorsBefore && !FormRule.of(type.modelClass()).isEmpty()) {
      // A part whose own structure is sound can be bound on its own, for the rules of its form.
      form(type, (Extensible) constraints.get().binder().treeToValue(node, type.modelClass()), pointer);
    }
  }

  /** A required property missing from the object at {@code object}. */
  void missing(ModelProperty property, Pointer object) {
    error(IssueCode.PROPERTY_REQUIRED, object.property(property.name()), "is required");
  }

  /** The rules of the form of a part whose own structure is sound, when its type has any. */
  void form(ModelType type, Extensible part, Pointer pointer) {
    if (!FormRule.of(type.modelClass()).isEmpty()) {
      constraints.orElseThrow().engine().checkForm(new Located<>(part, pointer)).forEach(this::add);
    }
  }

  void property(JsonNode node, ModelProperty property, Pointer pointer) {
    if (property.cardinality() != Cardinality.LIST) {
      value(node, property, pointer);
    } else if (expect(node.isArray(), pointer, "an array")) {
      for (int i = 0; i < node.size(); i++) {
        value(node.get(i), property, pointer.index(i));
      }
    }
  }

  /** A value of the property's kind; {@code null} is of no kind, and is reported as the schema reports it. */
  void value(JsonNode node, ModelProperty property, Pointer pointer) {
    switch (property.kind()) {
      case OBJECT -> object(node, ModelType.of(property.valueClass()), pointer);
      case TEXT, CODE -> expect(node.isString(), pointer, "text");
      case INTEGER -> wholeNumber(node, property, pointer);
      case NUMBER -> expect(isFiniteNumber(node), pointer, "a number");
      case BOOLEAN -> expect(node.isBoolean(), pointer, "true or false");
      case ENUM -> enumValue(node, property.valueClass(), pointer);
      case DOCUMENT_TYPE -> { } // the header check reads it
      case DATE -> formatted(node, pointer, IssueCode.VALUE_DATE, StructureCheck::isDate, Constraints.DATE_MESSAGE);
      case PARTIAL_DATE -> formatted(node, pointer, IssueCode.VALUE_DATE, PartialDate::isValid, PartialDate.MESSAGE);
      case THEME -> formatted(node, pointer, IssueCode.VALUE_FORMAT, Theme::isValid, Theme.MESSAGE);
      case SCHEMA_VERSION -> formatted(node, pointer, IssueCode.VALUE_PATTERN, SchemaVersion::isValid, SchemaVersion.MESSAGE);
    }
  }

  void unknown(Pointer pointer, ModelType type) {
    add(unknownIssue(pointer, type, lenient));
  }

  /** The issue of an unknown property of a type's object: an error, or a warning when {@code lenient}. */
  static ValidationIssue unknownIssue(Pointer pointer, ModelType type, boolean lenient) {
    UnknownMessages messages = UNKNOWN_MESSAGES.get(type.modelClass());
    return lenient
        ? ValidationIssue.of(Severity.WARNING, IssueCode.PROPERTY_UNKNOWN, pointer, messages.lenient())
        : ValidationIssue.of(IssueCode.PROPERTY_UNKNOWN, pointer, messages.strict());
  }

  /** {@return the constant of the enumeration {@code type} named {@code name}, or null if it has none} */
  static Object enumConstant(Class<?> type, String name) {
    return ENUM_VALUES.get(type).byName().get(name);
  }

  /** The messages of an unknown property in a type's objects, strict and lenient, worded once for each type. */
  private record UnknownMessages(String strict, String lenient) {}

  private static final ClassValue<UnknownMessages> UNKNOWN_MESSAGES =
      new ClassValue<>() {
        @Override
        protected UnknownMessages computeValue(Class<?> type) {
          String message = IssueMessages.unknownProperty(ModelType.of(type).names());
          return new UnknownMessages(message, message + "; it is kept as read");
        }
      };

  /** An enumeration value is text, and one of the allowed; anything else breaks both rules, as the schema says. */
  private void enumValue(JsonNode node, Class<?> type, Pointer pointer) {
    EnumValues allowed = ENUM_VALUES.get(type);
    expect(node.isString(), pointer, "text");
    if (!node.isString() || !allowed.byName().containsKey(node.stringValue())) {
      error(IssueCode.VALUE_ENUM, pointer, "must be one of " + allowed.list());
    }
  }

  /** An enumeration's values by name, and listed for messages, found once for each enumeration. */
  private record EnumValues(Map<String, Object> byName, String list) {}

  private static final ClassValue<EnumValues> ENUM_VALUES =
      new ClassValue<>() {
        @Override
        protected EnumValues computeValue(Class<?> type) {
          Map<String, Object> byName = new LinkedHashMap<>();
          for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), constant);
          }
          return new EnumValues(Collections.unmodifiableMap(byName), String.join(", ", byName.keySet()));
        }
      };

  private void formatted(JsonNode node, Pointer pointer, IssueCode code, Predicate<String> valid, String rule) {
    if (expect(node.isString(), pointer, "text") && !valid.test(node.stringValue())) {
      error(code, pointer, rule);
    }
  }

  /** Reports a value of the wrong JSON type; true when the type is right. */
  private boolean expect(boolean ok, Pointer pointer, String what) {
    if (!ok) {
      error(IssueCode.VALUE_TYPE, pointer, "must be " + what);
    }
    return ok;
  }

  /**
   * A whole number, as JSON Schema's "integer" decides (6.0 counts as whole), that fits an int;
   * a whole number too large for any of the model's ranges is out of range, as a schema says.
   */
  private void wholeNumber(JsonNode node, ModelProperty property, Pointer pointer) {
    if (!expect(isFiniteNumber(node) && isWhole(node), pointer, "a whole number")) {
      return;
    }
    try {
      node.decimalValue().intValueExact();
    } catch (ArithmeticException e) {
      error(IssueCode.VALUE_OUT_OF_RANGE, pointer, boundBroken(property, node.decimalValue().signum() < 0));
    }
  }

  /** The bound a number beyond any int breaks, as the property's range constraint words it. */
  private static String boundBroken(ModelProperty property, boolean negative) {
    Optional<String> rule =
        negative
            ? property.valueConstraint(Min.class).map(min -> IssueMessages.atLeast(min.value()))
                .or(() -> property.valueConstraint(PositiveOrZero.class).map(zero -> IssueMessages.atLeast(0)))
            : property.valueConstraint(Max.class).map(max -> IssueMessages.atMost(max.value()));
    return rule.orElse("is out of range");
  }

  /** A number other than NaN or an infinity, which a tree made elsewhere may hold. */
  private static boolean isFiniteNumber(JsonNode node) {
    return node.isNumber() && (!(node.isDouble() || node.isFloat()) || Double.isFinite(node.doubleValue()));
  }

  private static boolean isWhole(JsonNode node) {
    return node.isIntegralNumber() || ValueKind.isWhole(node.decimalValue());
  }

  static boolean isDate(String text) {
    try {
      LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      return text.length() == 10;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The constraints on one well-formed property, checked on its Java value. */
  private void propertyConstraints(ModelProperty property, JsonNode node, Pointer pointer) {
    if (property.cardinality() != Cardinality.LIST) {
      constraintsOn(property, property.kind() == ValueKind.OBJECT ? null : scalarValue(node, property), pointer);
    } else if (property.kind() == ValueKind.OBJECT) {
      sizeConstraints(property, node.size(), pointer);
    } else {
      List<Object> items = new ArrayList<>();
      node.forEach(item -> items.add(scalarValue(item, property)));
      constraintsOn(property, items, pointer);
    }
  }

  /**
   * The constraints on one well-formed property, given its value as bound (a list's items in a
   * list), checked on the value its getter would return: scalars, and lists and optionals of them.
   * A list of objects is checked as a list of as many nulls, enough to check its size; the objects
   * themselves are checked property by property. A single object has no constraints here.
   */
  void constraintsOn(ModelProperty property, Object value, Pointer pointer) {
    if (property.kind() == ValueKind.OBJECT) {
      if (property.cardinality() == Cardinality.LIST) {
        sizeConstraints(property, ((List<?>) value).size(), pointer);
      }
      return;
    }
    checkProperty(property, property.cardinality() == Cardinality.OPTIONAL ? Optional.of(value) : value, pointer);
  }

  /** The constraints on a list of objects, checked on a list of as many nulls: its size. */
  private void sizeConstraints(ModelProperty property, int size, Pointer pointer) {
    checkProperty(property, Collections.nCopies(size, null), pointer);
  }

  private void checkProperty(ModelProperty property, Object getterValue, Pointer pointer) {
    constraints.orElseThrow().engine().checkProperty(property, getterValue, pointer).forEach(this::add);
  }

  /** {@return the Java value of a well-formed scalar of the property's kind} */
  static Object scalarValue(JsonNode node, ModelProperty property) {
    Class<?> type = property.valueClass();
    return switch (property.kind()) {
      case INTEGER -> node.decimalValue().intValueExact();
      case NUMBER -> node.decimalValue();
      case BOOLEAN -> node.booleanValue();
      case ENUM -> ENUM_VALUES.get(type).byName().get(node.stringValue());
      case DATE -> LocalDate.parse(node.stringValue());
      case PARTIAL_DATE -> PartialDate.parse(node.stringValue());
      case THEME -> Theme.of(node.stringValue());
      case SCHEMA_VERSION -> SchemaVersion.parse(node.stringValue());
      case TEXT, CODE, OBJECT, DOCUMENT_TYPE -> node.stringValue();
    };
  }

  private void error(IssueCode code, Pointer pointer, String rule) {
    errors++;
    add(ValidationIssue.of(code, pointer, IssueMessages.subject(pointer) + " " + rule));
  }

  private void add(ValidationIssue issue) {
    if (stopAtError && issue.severity() == Severity.ERROR) {
      throw new FirstError();
    }
    found++;
    issues.accept(issue);
  }
}
