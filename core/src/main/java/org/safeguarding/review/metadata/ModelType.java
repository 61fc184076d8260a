package org.safeguarding.review.metadata;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.LearningTheme;
import org.safeguarding.review.PartBinder;
import org.safeguarding.review.Property;
import org.safeguarding.review.ReviewDocument;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A model type's JSON shape, read once from its generated metamodel and its getters: its
 * {@linkplain #properties() properties} in the order JSON writes them (the order the getters are
 * declared in the source), each with its name, kind, cardinality and constraints.
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

  private static final Map<DocumentType, ModelType> DOCUMENTS = documents();

  private final Class<?> modelClass;
  private final List<ModelProperty> properties;
  private final Map<String, ModelProperty> byName;
  private final Map<Property<?, ?>, ModelProperty> byProperty;
  private final Map<String, ModelProperty> byGetter;
  private final DocumentType documentType;
  /** The metamodel's binder, looked up when first asked for. */
  private volatile Optional<PartBinder<?>> binder;

  private ModelType(Class<?> modelClass) {
    if (!Extensible.class.isAssignableFrom(modelClass)) {
      throw new IllegalArgumentException(modelClass.getName() + " is not a model type");
    }
    this.modelClass = modelClass;
    Map<String, ModelProperty> names = new LinkedHashMap<>();
    Map<Property<?, ?>, ModelProperty> handles = new IdentityHashMap<>();
    Map<String, ModelProperty> getters = new HashMap<>();
    for (Property<?, ?> property : metamodel(modelClass)) {
      ModelProperty described = new ModelProperty(property);
      names.put(property.name(), described);
      handles.put(property, described);
      getters.put(property.getterName(), described);
    }
    this.properties = List.copyOf(names.values());
    this.byName = Collections.unmodifiableMap(names);
    this.byProperty = Collections.unmodifiableMap(handles);
    this.byGetter = Collections.unmodifiableMap(getters);
    this.documentType = DocumentType.fromJsonName(modelClass.getSimpleName())
        .filter(type -> ReviewDocument.class.isAssignableFrom(modelClass))
        .orElse(null);
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

  /**
   * The shape of the documents of {@code type}: the model type named as the document type is
   * written in JSON, such as {@code RapidReview}.
   *
   * @param type the document type
   * @return the document's shape
   */
  public static ModelType of(DocumentType type) {
    return DOCUMENTS.get(type);
  }

  /**
   * {@return the model class of documents of {@code type}, such as {@code RapidReview.class}}
   *
   * @param type the document type
   */
  public static Class<? extends ReviewDocument> documentClass(DocumentType type) {
    return of(type).modelClass().asSubclass(ReviewDocument.class);
  }

  /**
   * {@return every model type a document can hold, the documents' types first, in the order a walk
   * from the documents' types meets them}
   */
  public static Set<Class<?>> types() {
    return Reachable.FOUND.types();
  }

  /**
   * {@return every enumeration a document can hold, but the document type itself, in the order a
   * walk from the documents' types meets them; a theme's catalogue, {@link LearningTheme}, is one}
   */
  public static Set<Class<?>> enumerations() {
    return Reachable.FOUND.enumerations();
  }

  /** The types and enumerations a document can hold, found once, when first asked for. */
  private record Reachable(Set<Class<?>> types, Set<Class<?>> enumerations) {

    static final Reachable FOUND = find();

    static Reachable find() {
      Set<Class<?>> types = new LinkedHashSet<>();
      Set<Class<?>> enums = new LinkedHashSet<>();
      Deque<Class<?>> next = new ArrayDeque<>();
      for (DocumentType type : DocumentType.values()) {
        next.add(documentClass(type));
      }
      while (!next.isEmpty()) {
        Class<?> type = next.poll();
        if (types.add(type)) {
          for (ModelProperty property : of(type).properties()) {
            switch (property.kind()) {
              case OBJECT -> next.add(property.valueClass());
              case ENUM -> enums.add(property.valueClass());
              case THEME -> enums.add(LearningTheme.class);
              default -> {}
            }
          }
        }
      }
      return new Reachable(Collections.unmodifiableSet(types), Collections.unmodifiableSet(enums));
    }
  }

  /** {@return the document type whose documents have this shape, if this is the shape of a document} */
  public Optional<DocumentType> documentType() {
    return Optional.ofNullable(documentType);
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
   * What a property of this type may hold.
   *
   * @param property a property of this type, such as {@code Finding_.STATEMENT}
   * @return its description
   * @throws IllegalArgumentException if the property belongs to another type
   */
  public ModelProperty property(Property<?, ?> property) {
    ModelProperty described = byProperty.get(property);
    if (described == null) {
      throw new IllegalArgumentException(property + " is not a property of " + this);
    }
    return described;
  }

  /**
   * {@return the property {@code method} reads, if it is one of this type's getters}
   *
   * @param method a method of this type, such as the one a schema generator describes
   */
  public Optional<ModelProperty> property(Method method) {
    return Optional.ofNullable(byGetter.get(method.getName()));
  }

  /**
   * {@return what {@code property} may hold, read from its type's metadata}
   *
   * @param property a property of any model type, such as {@code Finding_.STATEMENT}
   */
  public static ModelProperty of(Property<?, ?> property) {
    return of(property.owner()).property(property);
  }

  /**
   * {@return where the property of this JSON name comes among the type's properties, from 0, or -1
   * if the type has none of that name}
   *
   * @param jsonName the property's name in JSON
   */
  public int position(String jsonName) {
    ModelProperty property = byName.get(jsonName);
    return property == null ? -1 : properties.indexOf(property);
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
      JsonDeserialize binding = c.getAnnotation(JsonDeserialize.class);
      if (binding != null && binding.as() != Void.class) {
        return c;
      }
    }
    return type;
  }

  /**
   * {@return what builds parts of this type from their properties' values without reflection, the
   * metamodel's {@code BINDER}, if the type has implementations to build}
   */
  public Optional<PartBinder<?>> binder() {
    Optional<PartBinder<?>> found = binder;
    if (found == null) {
      found = Optional.ofNullable((PartBinder<?>) metamodelField(modelClass, "BINDER", true));
      binder = found;
    }
    return found;
  }

  /** {@return what the type is, in words: its doc comment, as the schemas give it} */
  public String description() {
    return description(modelClass);
  }

  /**
   * {@return the description of a model type or of one of the model's enumerations: its doc
   * comment's first paragraph, as the generated metamodel holds it}
   *
   * @param type a model type, such as {@code Finding.class}, or an enumeration of the model
   * @throws IllegalArgumentException if the type has no generated metamodel
   */
  public static String description(Class<?> type) {
    return (String) metamodelField(type, "TYPE_DESCRIPTION");
  }

  /** The model type of each document type: the class of the model's package named as its JSON name. */
  private static Map<DocumentType, ModelType> documents() {
    Map<DocumentType, ModelType> documents = new EnumMap<>(DocumentType.class);
    for (DocumentType type : DocumentType.values()) {
      try {
        Class<?> modelClass = Class.forName(ReviewDocument.class.getPackageName() + "." + type.getJsonName());
        documents.put(type, of(modelClass));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("The document type " + type + " names no model type", e);
      }
    }
    return Collections.unmodifiableMap(documents);
  }

  /** The properties of the type's generated metamodel ({@code Finding_} for {@code Finding}), in order. */
  private static List<Property<?, ?>> metamodel(Class<?> modelClass) {
    List<?> properties = (List<?>) metamodelField(modelClass, "PROPERTIES");
    List<Property<?, ?>> typed = new ArrayList<>(properties.size());
    properties.forEach(property -> typed.add((Property<?, ?>) property));
    return typed;
  }

  private static Object metamodelField(Class<?> type, String field) {
    return metamodelField(type, field, false);
  }

  /** A constant of the type's metamodel; null when it has none of that name and {@code optional}. */
  private static Object metamodelField(Class<?> type, String field, boolean optional) {
    try {
      Class<?> metamodel = Class.forName(type.getName() + "_", true, type.getClassLoader());
      return metamodel.getField(field).get(null);
    } catch (NoSuchFieldException e) {
      if (optional) {
        return null;
      }
      throw new IllegalArgumentException(type.getName() + " has no generated metamodel", e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(type.getName() + " has no generated metamodel", e);
    }
  }
}
