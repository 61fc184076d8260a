package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one pass keeps only the first issues of a report while it reads, in the order of the input
 * as read so far, and that gives the report that ordering every issue and then cutting gives:
 * over generated documents with far more issues than the limit, at every depth and in every kind
 * of place (unknown properties before known ones, missing properties, values of the wrong type,
 * in objects repeated in arrays), strict and lenient, the one pass's report is the tree's path's,
 * and its first issues are the first of the whole report, with the count of the rest.
 */
@Tag("slow")
class IssueLimitWhileReadingTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Path EXAMPLE = Path.of("..", "examples", "documents", "nscb-case-file-audits-2014.json");
  private static final ReadLimits ALL = ReadLimits.defaults().with(ReadLimit.REPORT_ISSUES, Integer.MAX_VALUE);

  @Test
  void aDocumentWithFarMoreProblemsThanTheLimitGetsTheFirstOfTheWholeReport() throws IOException {
    assertFirstOfWholeReport(riddled(example(), 0, true).toString(), false);
    assertFirstOfWholeReport(riddled(example(), 0, true).toString(), true);
  }

  @Test
  void aDocumentWithFarMoreUnknownPropertiesThanTheLimitGetsTheFirstOfTheWholeReport() throws IOException {
    String json = riddled(example(), 0, false).toString();
    assertFirstOfWholeReport(json, false);
    assertFirstOfWholeReport(json, true);
    assertThat(ReviewJson.lenient().parse(JsonInput.of(json), ReviewDocument.class).document()).as("bound when lenient").isPresent();
  }

  private static void assertFirstOfWholeReport(String json, boolean lenient) {
    ReviewJson codec = lenient ? ReviewJson.lenient() : ReviewJson.strict();
    List<ValidationIssue> whole = codec.withLimits(ALL).parse(JsonInput.of(json), ReviewDocument.class).report().issues();
    for (int limit : new int[] {1, 37, 1_000}) {
      String as = (lenient ? "lenient" : "strict") + ", limit " + limit;
      ReviewJson limited = codec.withLimits(ALL.with(ReadLimit.REPORT_ISSUES, limit));
      assertThat(TokenReader.read(JsonInput.of(json), Optional.empty(), limited.getLimits(), lenient, limited.getValidator().getConstraints()))
          .as("read by the one pass itself, " + as)
          .isPresent();
      assertThat(whole.size()).as(as).isGreaterThan(3 * limit);

      List<ValidationIssue> onePass = limited.parse(JsonInput.of(json), ReviewDocument.class).report().issues();
      List<ValidationIssue> tree = limited.parse(JsonTree.reader(limited.getLimits()).read(JsonInput.of(json)), ReviewDocument.class).report().issues();
      assertThat(onePass).as(as).containsExactlyElementsOf(tree);
      assertThat(onePass).as(as).hasSize(limit + 1);
      assertThat(onePass.subList(0, limit)).as(as).containsExactlyElementsOf(whole.subList(0, limit));
      ValidationIssue leftOut = onePass.get(limit);
      assertThat(leftOut.code()).as(as).isEqualTo(IssueCode.REPORT_ISSUES_LEFT_OUT);
      assertThat(leftOut.message()).as(as).contains(String.format(Locale.ROOT, "the document has %,d more issue", whole.size() - limit));
    }
  }

  private static JsonNode example() throws IOException {
    return MAPPER.readTree(Files.readString(EXAMPLE));
  }

  /**
   * The document with its arrays' items repeated and, in every object but the header, an unknown
   * property before every fourth property and, when {@code broken}, the property after it left out
   * and the next one's text replaced by a number.
   */
  private static JsonNode riddled(JsonNode node, int depth, boolean broken) {
    if (node.isArray()) {
      ArrayNode out = MAPPER.createArrayNode();
      for (int copy = 0; copy < (depth < 4 ? 15 : 1); copy++) {
        node.forEach(item -> out.add(riddled(item, depth + 1, broken)));
      }
      return out;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode out = MAPPER.createObjectNode();
    int i = 0;
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String name = property.getKey();
      JsonNode value = riddled(property.getValue(), depth + 1, broken);
      if (depth == 0 && (name.equals("documentType") || name.equals("schemaVersion"))) {
        out.set(name, value);
        continue;
      }
      switch (broken ? i++ % 4 : i++ % 2) {
        case 0 -> {
          out.put("notInTheModel" + i, i);
          out.set(name, value);
        }
        case 1 -> {
          if (!broken) {
            out.set(name, value);
          }
        }
        case 2 -> out.set(name, value.isString() ? MAPPER.getNodeFactory().numberNode(i) : value);
        default -> out.set(name, value);
      }
    }
    return out;
  }
}
