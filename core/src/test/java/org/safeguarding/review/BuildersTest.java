package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.metadata.Cardinality;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ValueKind;

/**
 * Every model type's builder requires exactly what JSON requires: an empty builder's {@code
 * build()} fails naming the single values the model's metadata says are required (Immutables and
 * the metadata read the same getters independently), and succeeds when there are none.
 */
class BuildersTest {

  @Test
  void anEmptyBuilderFailsNamingExactlyTheRequiredSingleValues() throws Exception {
    Set<Class<?>> types = modelTypes();
    assertThat(types).hasSizeGreaterThan(40);
    for (Class<?> type : types) {
      Set<String> single = requiredSingleValues(type);
      Object empty = type.getMethod("builder").invoke(null);
      ThrowingBuild build = () -> invokeBuild(empty);
      if (single.isEmpty()) {
        assertThat(build.get()).as(type.getSimpleName()).isInstanceOf(type);
      } else {
        assertThatThrownBy(build::get)
            .as(type.getSimpleName())
            .isInstanceOf(IllegalStateException.class)
            .satisfies(e -> assertThat(namesInBrackets(e.getMessage())).as(type.getSimpleName()).isEqualTo(single));
      }
    }
  }

  /** The single values JSON requires that the builder does not set itself. */
  private static Set<String> requiredSingleValues(Class<?> type) {
    return ModelType.of(type).properties().stream()
        .filter(ModelProperty::required)
        .filter(p -> Modifier.isAbstract(p.getter().getModifiers()))
        .filter(p -> p.cardinality() != Cardinality.LIST)
        .map(ModelProperty::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every model type a document can hold, the documents first. */
  private static Set<Class<?>> modelTypes() {
    Set<Class<?>> types = new LinkedHashSet<>();
    Deque<Class<?>> next = new ArrayDeque<>();
    for (DocumentType type : DocumentType.values()) {
      next.add(ModelType.documentClass(type));
    }
    while (!next.isEmpty()) {
      Class<?> type = next.pop();
      if (types.add(type)) {
        ModelType.of(type).properties().stream()
            .filter(property -> property.kind() == ValueKind.OBJECT)
            .forEach(property -> next.add(property.valueClass()));
      }
    }
    return types;
  }

  /** Immutables names the missing attributes at the end of its message: {@code [id, kind]}. */
  private static Set<String> namesInBrackets(String message) {
    String list = message.substring(message.lastIndexOf('[') + 1, message.lastIndexOf(']'));
    return Stream.of(list.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Object invokeBuild(Object builder) throws Exception {
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /** A build that may throw. */
  @FunctionalInterface
  private interface ThrowingBuild {
    Object get() throws Exception;
  }
}
