package org.safeguarding.review.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.metadata.Cardinality;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ValueKind;

/**
 * Every part a property holds is validated with its holder, and in the form Hibernate Validator
 * asks for: a part is marked {@code @Valid} on the getter, a list or an optional of parts on its
 * type argument ({@code Optional<@Valid When>}). {@code @Valid} on the container itself still
 * cascades, but Hibernate Validator then logs a deprecation warning (HV000271) in every
 * application's log.
 */
class CascadeAnnotationsTest {

  @Test
  void everyPartIsValidatedWithItsHolderThroughTheTypeArgumentOfAContainer() {
    List<ModelProperty> parts = ModelType.types().stream()
        .flatMap(type -> ModelType.of(type).properties().stream())
        .filter(property -> property.kind() == ValueKind.OBJECT)
        .toList();
    assertThat(parts).hasSizeGreaterThan(100);

    assertThat(parts.stream().filter(property -> !cascades(property)).map(CascadeAnnotationsTest::name))
        .as("parts not validated with their holder, or marked on the container")
        .isEmpty();
  }

  private static boolean cascades(ModelProperty property) {
    boolean onGetter = property.getter().isAnnotationPresent(Valid.class);
    if (property.cardinality() == Cardinality.ONE) {
      return onGetter;
    }
    AnnotatedType container = property.getter().getAnnotatedReturnType();
    return !onGetter
        && container instanceof AnnotatedParameterizedType parameterized
        && parameterized.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(Valid.class);
  }

  private static String name(ModelProperty property) {
    return property.getter().getDeclaringClass().getSimpleName() + "." + property.name();
  }
}
