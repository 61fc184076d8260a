package org.safeguarding.review.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON property of a model type, found from its getter: the JSON name is the getter's name
 * without {@code get} or {@code is}, exactly as Immutables and Jackson name it.
 *
 * @param name the JSON name
 * @param type the getter's generic return type
 * @param required whether JSON must hold the property: everything but optionals and lists that
 *     may be empty
 */
record ModelProperty(String name, Type type, boolean required) {

  private static final ClassValue<Map<String, ModelProperty>> PROPERTIES =
      new ClassValue<>() {
        @Override
        protected Map<String, ModelProperty> computeValue(Class<?> type) {
          Map<String, ModelProperty> properties = new LinkedHashMap<>();
          for (Method method : type.getMethods()) {
            jsonName(method)
                .ifPresent(
                    name -> {
                      Type returnType = method.getGenericReturnType();
                      properties.put(
                          name, new ModelProperty(name, returnType, isRequired(method, returnType)));
                    });
          }
          return Collections.unmodifiableMap(properties);
        }
      };

  /** The JSON properties of a model type, by JSON name. */
  static Map<String, ModelProperty> of(Class<?> modelType) {
    return PROPERTIES.get(modelType);
  }

  private static Optional<String> jsonName(Method method) {
    String name = method.getName();
    boolean getter =
        !Modifier.isStatic(method.getModifiers())
            && method.getParameterCount() == 0
            && method.getDeclaringClass() != Object.class
            && !method.isAnnotationPresent(JsonAnyGetter.class);
    if (getter && name.startsWith("get") && name.length() > 3) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (getter && name.startsWith("is") && name.length() > 2) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    return Optional.empty();
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** Lists are required when they must not be empty, so that a missing list is reported as such. */
  private static boolean isRequired(Method getter, Type type) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == List.class) {
      Size size = getter.getAnnotation(Size.class);
      return size != null && size.min() > 0;
    }
    return raw != Optional.class && raw != Map.class;
  }
}
