package org.safeguarding.review.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class JsonPointersTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {"title", "a/b", "~", "~1", "/~0/", "", "0", "é ü"})
  void aPropertysPointerFindsThatPropertyAndNoOther(String name) {
    ObjectNode inner = MAPPER.createObjectNode();
    inner.put(name, "wanted");
    inner.put(name + "x", "other");
    ObjectNode root = MAPPER.createObjectNode();
    root.set("findings", MAPPER.createArrayNode().add(inner));

    String pointer = JsonPointers.property("/findings/0", name);

    JsonNode found = root.at(pointer);
    assertThat(found.isString()).as(pointer).isTrue();
    assertThat(found.stringValue()).isEqualTo("wanted");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "~", "x~1y"})
  void escapesTildeAndSlash(String name) {
    assertThat(JsonPointers.property("", name).substring(1)).doesNotContain("/").doesNotContainPattern("~[^01]|~$");
  }
}
