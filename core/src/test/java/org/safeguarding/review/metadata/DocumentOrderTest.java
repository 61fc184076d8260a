package org.safeguarding.review.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.pointer.Pointer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DocumentOrderTest {

  @Test
  void followsTheInputThenTheModelForWhatTheInputLacks() {
    ObjectNode input = (ObjectNode) JsonMapper.shared().readTree(
        "{\"sections\": [{}, {}], \"title\": \"x\", \"colour\": 1, \"documentType\": \"LearningSummary\"}");
    List<String> pointers = new ArrayList<>(List.of(
        "/id", "/title", "/sections/10/heading", "/colour", "", "/sections/2", "/documentType", "/format", "/sections/1"));

    pointers.sort(Comparator.comparing(Pointer::parse, DocumentOrder.of(LearningSummary.class, input)));

    assertThat(pointers).containsExactly(
        "", "/sections/1", "/sections/2", "/sections/10/heading", "/title", "/colour", "/documentType", "/id", "/format");
  }

  @Test
  void aDocumentBuiltInCodeIsInTheOrderJsonWritesIt() {
    List<String> pointers = new ArrayList<>(List.of("/themes/0", "/sections/0/findings/1", "/title", "/sections/0/heading", "/id"));

    pointers.sort(Comparator.comparing(Pointer::parse, DocumentOrder.of(LearningSummary.class)));

    assertThat(pointers).containsExactly("/id", "/title", "/sections/0/heading", "/sections/0/findings/1", "/themes/0");
  }
}
