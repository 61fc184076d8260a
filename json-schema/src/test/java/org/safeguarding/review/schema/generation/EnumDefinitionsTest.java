package org.safeguarding.review.schema.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.DefinedValue;
import org.safeguarding.review.metadata.ModelType;
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
    Set<Class<?>> enums = ModelType.enumerations();
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
}
