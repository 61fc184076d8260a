package org.safeguarding.review.pointer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class PointerTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {"title", "a/b", "~", "~1", "/~0/", "", "0", "é ü"})
  void aPropertysPointerFindsThatPropertyAndNoOther(String name) {
    ObjectNode inner = MAPPER.createObjectNode();
    inner.put(name, "wanted");
    inner.put(name + "x", "other");
    ObjectNode root = MAPPER.createObjectNode();
    root.set("findings", MAPPER.createArrayNode().add(inner));

    String pointer = Pointer.root().property("findings").index(0).property(name).toString();

    JsonNode found = root.at(pointer);
    assertThat(found.isString()).as(pointer).isTrue();
    assertThat(found.stringValue()).isEqualTo("wanted");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "~", "x~1y"})
  void escapesTildeAndSlash(String name) {
    assertThat(Pointer.root().property(name).toString().substring(1)).doesNotContain("/").doesNotContainPattern("~[^01]|~$");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/title", "/sections/2/findings/0", "/a~1b/~0", "/", "//x"})
  void readsBackWhatItWrites(String text) {
    Pointer pointer = Pointer.parse(text);

    assertThat(pointer.toString()).isEqualTo(text);
    Pointer rebuilt = Pointer.root();
    for (String segment : pointer.segments()) {
      rebuilt = rebuilt.property(segment);
    }
    assertThat(rebuilt).isEqualTo(pointer);
  }

  @ParameterizedTest
  @ValueSource(strings = {"JG103759A", "mother.t@example.org", "07700900123", "CO4 3SQ", "\uFF2A\uFF27\uFF11\uFF10\uFF13\uFF17\uFF15\uFF19\uFF21", "x\u00B9\u00B2", "a\uFF20b"})
  void aNameThatMayHoldPersonalDataIsWithheldFromTheTextButKeptInTheSegments(String name) {
    Pointer pointer = Pointer.root().property("extra").property(name).index(2);

    assertThat(pointer.toString()).isEqualTo("/extra/" + Pointer.WITHHELD + "/2");
    assertThat(pointer.shownSegments()).containsExactly("extra", Pointer.WITHHELD, "2");
    assertThat(pointer.segments()).containsExactly("extra", name, "2");
    assertThat(pointer.fullText()).isEqualTo("/extra/" + name + "/2");
  }

  @Test
  void indexesAndNamesWithOneDigitAreShown() {
    assertThat(Pointer.root().property("p1").index(1234567).toString()).isEqualTo("/p1/1234567");
    assertThat(Pointer.parse("/sections/12345678/x").toString()).isEqualTo("/sections/12345678/x");
    assertThat(Pointer.parse("/extra/9434765919").toString()).isEqualTo("/extra/" + Pointer.WITHHELD);
  }

  @Test
  void knowsItsParentAndLastSegment() {
    Pointer pointer = Pointer.root().property("a/b").index(3);

    assertThat(pointer.lastSegment()).contains("3");
    assertThat(pointer.endsWithIndex()).isTrue();
    assertThat(pointer.parent().flatMap(Pointer::lastSegment)).contains("a/b");
    assertThat(Pointer.root().parent()).isEmpty();
    assertThat(Pointer.root().isRoot()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"title", "/a~2", "/a~"})
  void refusesTextThatIsNotAPointer(String text) {
    assertThatThrownBy(() -> Pointer.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesANegativeIndex() {
    assertThatThrownBy(() -> Pointer.root().index(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
