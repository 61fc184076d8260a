package org.safeguarding.review.schema.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.DefinedValue;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ValueKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every enumeration a document can hold defines each of its values (a label and a definition, the
 * definition being the value's doc comment), and the published schemas list every value with its
 * definition.
 */
class EnumDefinitionsTest {

  @Test
  void theSchemasDefineEveryValueOfEveryEnumeration() {
    JsonNode definitions =
        JsonMapper.shared().readTree(new SchemaGenerator().generate().get("definitions.schema.json")).get("$defs");
    Set<Class<?>> enums = enumerations();
    assertThat(enums).hasSizeGreaterThan(30);
    for (Class<?> type : enums) {
      assertThat(DefinedValue.class).as(type.getSimpleName()).isAssignableFrom(type);
      JsonNode schema = definitions.get(type.getSimpleName());
      String description = schema.get("description").asString();
      for (Object constant : type.getEnumConstants()) {
        DefinedValue value = (DefinedValue) constant;
        assertThat(value.getLabel()).as(type.getSimpleName() + "." + value.name()).isNotBlank();
        assertThat(value.getDefinition()).as(type.getSimpleName() + "." + value.name()).isNotBlank();
        assertThat(description.split("\n")).as(type.getSimpleName()).contains(value.name() + ": " + value.getDefinition());
        assertThat(schema.get("enum").valueStream().map(JsonNode::asString)).as(type.getSimpleName()).contains(value.name());
      }
    }
  }

  /** The enumerations of every property of every type a document can hold, but the document type. */
  private static Set<Class<?>> enumerations() {
    Set<Class<?>> enums = new LinkedHashSet<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> next = new ArrayDeque<>();
    for (DocumentType type : DocumentType.values()) {
      next.push(ModelType.documentClass(type));
    }
    while (!next.isEmpty()) {
      Class<?> type = next.pop();
      if (seen.add(type)) {
        for (ModelProperty property : ModelType.of(type).properties()) {
          if (property.kind() == ValueKind.OBJECT) {
            next.push(property.valueClass());
          } else if (property.kind() == ValueKind.ENUM) {
            enums.add(property.valueClass());
          }
        }
      }
    }
    return enums;
  }
}
