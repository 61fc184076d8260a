package org.safeguarding.review.metadata;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeguarding.review.Choice;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.PersonName;
import org.safeguarding.review.Property;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.Theme;

/**
 * What one JSON property of a model type may hold, read from its getter: how many values, what
 * kind of value, whether JSON must hold it, and the constraints on it. The property itself, with its
 * JSON name and getter, is the {@link Property} of the type's generated metamodel.
 *
 * <p>The JSON name is the getter's name without {@code get} or {@code is}, first letter in lower
 * case, exactly as Immutables names the attribute and Jackson writes it. Instances are immutable
 * and thread-safe.
 */
public final class ModelProperty {

  private final Property<?, ?> property;
  private final Method getter;
  private final Cardinality cardinality;
  private final Class<?> valueClass;
  private final AnnotatedType valueType;
  private final ValueKind kind;
  private final boolean required;

  ModelProperty(Property<?, ?> property) {
    this.property = property;
    try {
      this.getter = property.owner().getMethod(property.getterName());
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("The metamodel names a getter its type does not have: " + property, e);
    }
    Class<?> raw = getter.getReturnType();
    this.cardinality = raw == Optional.class ? Cardinality.OPTIONAL : raw == List.class ? Cardinality.LIST : Cardinality.ONE;
    AnnotatedType returned = getter.getAnnotatedReturnType();
    this.valueType =
        cardinality == Cardinality.ONE ? returned : ((AnnotatedParameterizedType) returned).getAnnotatedActualTypeArguments()[0];
    this.valueClass = rawClass(valueType.getType());
    this.kind = kindOf(valueClass);
    this.required =
        switch (cardinality) {
          case ONE -> true;
          case OPTIONAL -> false;
          case LIST -> getter.isAnnotationPresent(Size.class) && getter.getAnnotation(Size.class).min() > 0;
        };
  }

  /** {@return the JSON name, such as {@code statement}} */
  public String name() {
    return property.name();
  }

  /** {@return what the property holds, in words: its getter's doc comment, as the schemas give it} */
  public String description() {
    return property.description();
  }

  /** {@return the property, as the type's metamodel names it} */
  public Property<?, ?> property() {
    return property;
  }

  /** {@return the getter, such as {@code Finding.getStatement()}} */
  public Method getter() {
    return getter;
  }

  /** {@return one value, an optional value or a list} */
  public Cardinality cardinality() {
    return cardinality;
  }

  /**
   * {@return the class of each value: {@code String}, an enumeration, a model type, {@code
   * PartialDate} and the like}
   */
  public Class<?> valueClass() {
    return valueClass;
  }

  /** {@return the kind of each value} */
  public ValueKind kind() {
    return kind;
  }

  /**
   * {@return whether the property is one of the alternative parts of a choice object ({@link
   * Choice}): a block holds exactly one of them, a list item at most one}
   */
  public boolean choice() {
    return getter.isAnnotationPresent(Choice.class);
  }

  /**
   * {@return whether the property is meant to hold a person's name ({@link PersonName}): the one
   * property that names people in a professional role}
   */
  public boolean personName() {
    return getter.isAnnotationPresent(PersonName.class);
  }

  /**
   * {@return whether JSON must hold the property: single values, and lists that must have items}
   */
  public boolean required() {
    return required;
  }

  /**
   * The constraint annotation of {@code type} on each value: on the value's type ({@code Optional<@Text
   * String>}, {@code List<@Text String>}) or, for a single value, on the getter.
   *
   * @param <A> the annotation type
   * @param type the annotation's class, such as {@code Text.class}
   * @return the annotation, or empty if the values do not have it
   */
  public <A extends Annotation> Optional<A> valueConstraint(Class<A> type) {
    A onValue = valueType.getAnnotation(type);
    if (onValue == null && cardinality == Cardinality.ONE) {
      onValue = getter.getAnnotation(type);
    }
    return Optional.ofNullable(onValue);
  }

  /**
   * The property's values in {@code part}: none or one for an optional, the items of a list, the
   * one value otherwise (which a part built by its builder always has).
   *
   * @param part a part of the model type this property belongs to
   * @return the values, in order
   */
  public List<?> values(Object part) {
    Object value = get(part);
    return switch (cardinality) {
      case ONE -> value == null ? List.of() : List.of(value);
      case OPTIONAL -> ((Optional<?>) value).map(List::of).orElse(List.of());
      case LIST -> (List<?>) value;
    };
  }

  /**
   * {@return what the getter returns for {@code part}: the value, an {@code Optional} or a
   * {@code List}}
   *
   * @param part a part of the model type this property belongs to
   */
  @SuppressWarnings("unchecked")
  public Object get(Object part) {
    return ((Property<Object, ?>) property).get(part);
  }

  @Override
  public String toString() {
    return property.toString();
  }

  private ValueKind kindOf(Class<?> type) {
    if (type == String.class) {
      boolean patterned = valueConstraint(Pattern.class).isPresent();
      return patterned ? ValueKind.CODE : ValueKind.TEXT;
    }
    if (type == DocumentType.class) {
      return ValueKind.DOCUMENT_TYPE;
    }
    if (type.isEnum()) {
      return ValueKind.ENUM;
    }
    if (type == Integer.class) {
      return ValueKind.INTEGER;
    }
    if (type == BigDecimal.class) {
      return ValueKind.NUMBER;
    }
    if (type == Boolean.class) {
      return ValueKind.BOOLEAN;
    }
    if (type == LocalDate.class) {
      return ValueKind.DATE;
    }
    if (type == PartialDate.class) {
      return ValueKind.PARTIAL_DATE;
    }
    if (type == Theme.class) {
      return ValueKind.THEME;
    }
    if (type == SchemaVersion.class) {
      return ValueKind.SCHEMA_VERSION;
    }
    if (Extensible.class.isAssignableFrom(type)) {
      return ValueKind.OBJECT;
    }
    throw new IllegalStateException("The model has a property of an unexpected type: " + getter);
  }

  private static Class<?> rawClass(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }
}
