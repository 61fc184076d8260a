package org.safeguarding.review.metadata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.review.Extensible;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A model type's JSON shape, read once from its getters: its {@linkplain #properties() properties}
 * in the order JSON writes them, each with its name, kind, cardinality and constraints.
 *
 * <p>This is the one source of what the model looks like in JSON. The reader's structure check,
 * the unknown-property check, the privacy scan, the checks' JSON Pointers and the JSON Schema
 * generator all read it, so that none of them writes a property name down again. Instances are
 * immutable and thread-safe; each type is read once and cached.
 */
public final class ModelType {

  private static final ClassValue<ModelType> TYPES =
      new ClassValue<>() {
        @Override
        protected ModelType computeValue(Class<?> type) {
          Class<?> modelClass = modelClass(type);
          return modelClass == type ? new ModelType(type) : get(modelClass);
        }
      };

  private final Class<?> modelClass;
  private final List<ModelProperty> properties;
  private final Map<String, ModelProperty> byName;
  private final Map<String, ModelProperty> byGetter;

  private ModelType(Class<?> modelClass) {
    if (!Extensible.class.isAssignableFrom(modelClass)) {
      throw new IllegalArgumentException(modelClass.getName() + " is not a model type");
    }
    this.modelClass = modelClass;
    List<ModelProperty> found = new ArrayList<>();
    for (Method method : modelClass.getMethods()) {
      ModelProperty.of(method).ifPresent(found::add);
    }
    found = inJsonOrder(modelClass, found);
    Map<String, ModelProperty> names = new LinkedHashMap<>();
    Map<String, ModelProperty> getters = new HashMap<>();
    for (ModelProperty property : found) {
      names.put(property.name(), property);
      getters.put(property.getter().getName(), property);
    }
    this.properties = List.copyOf(found);
    this.byName = Collections.unmodifiableMap(names);
    this.byGetter = Collections.unmodifiableMap(getters);
  }

  /**
   * The shape of a model type, such as {@code Finding.class}; an implementation class, such as the
   * one a builder makes, gives the shape of the model type it implements.
   *
   * @param modelClass a model class or its implementation
   * @return the model type's shape, made once and shared
   * @throws IllegalArgumentException if the class is not part of the model
   */
  public static ModelType of(Class<?> modelClass) {
    return TYPES.get(modelClass);
  }

  /** {@return the model type, such as {@code Finding.class}} */
  public Class<?> modelClass() {
    return modelClass;
  }

  /** {@return the properties, in the order JSON writes them} */
  public List<ModelProperty> properties() {
    return properties;
  }

  /**
   * {@return the property with this JSON name, if the type has one}
   *
   * @param jsonName the property's name in JSON, such as {@code statement}
   */
  public Optional<ModelProperty> property(String jsonName) {
    return Optional.ofNullable(byName.get(jsonName));
  }

  /**
   * {@return the property read by the getter of this name, such as {@code getStatement}, if the
   * type has one}
   *
   * @param getterName the getter's method name
   */
  public Optional<ModelProperty> propertyOfGetter(String getterName) {
    return Optional.ofNullable(byGetter.get(getterName));
  }

  /**
   * {@return the JSON names of the properties, in order, for messages that list what is allowed}
   */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  @Override
  public String toString() {
    return modelClass.getSimpleName();
  }

  /**
   * The model type a class is or implements: the abstract type its generated implementation
   * extends, which is the type named in the model's properties.
   */
  private static Class<?> modelClass(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(JsonDeserialize.class)) {
        return c;
      }
    }
    return type;
  }

  /**
   * The properties in the order JSON writes them, as Jackson decides it: first those a {@link
   * JsonPropertyOrder} names, then the rest in the order of the implementation's fields. Immutables
   * declares the fields in the order the model type declares its getters, named as the properties
   * are, and the JVM keeps fields in declaration order. A property without a field would come last,
   * by name.
   */
  private static List<ModelProperty> inJsonOrder(Class<?> modelClass, List<ModelProperty> properties) {
    List<String> fields = new ArrayList<>();
    JsonPropertyOrder first = modelClass.getAnnotation(JsonPropertyOrder.class);
    if (first != null) {
      fields.addAll(List.of(first.value()));
    }
    JsonDeserialize binding = modelClass.getAnnotation(JsonDeserialize.class);
    if (binding != null) {
      for (Field field : binding.as().getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          fields.add(field.getName());
        }
      }
    }
    List<ModelProperty> sorted = new ArrayList<>(properties);
    sorted.sort(
        Comparator.comparingInt((ModelProperty p) -> fields.contains(p.name()) ? fields.indexOf(p.name()) : Integer.MAX_VALUE)
            .thenComparing(ModelProperty::name));
    return sorted;
  }
}
