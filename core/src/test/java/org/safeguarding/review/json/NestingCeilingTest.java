package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;

/**
 * The deepest nesting any limits allow is one the stack of an ordinary thread holds: a document
 * nested that deep in sections within sections is read, validated and rendered on a thread of
 * 1 MB, and no limits can ask for more.
 */
class NestingCeilingTest {

  private static final long ONE_MEGABYTE = 1024 * 1024;
  private static final long CEILING = ReadLimit.NESTING_DEPTH.maximum();

  @Test
  void noLimitsAllowNestingDeeperThanTheCeiling() {
    assertThatThrownBy(() -> ReadLimits.defaults().with(ReadLimit.NESTING_DEPTH, CEILING + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 1 to " + CEILING);
    assertThat(ReadLimits.defaults().with(ReadLimit.NESTING_DEPTH, CEILING).get(ReadLimit.NESTING_DEPTH)).isEqualTo(CEILING);
  }

  @Test
  void aDocumentNestedToTheCeilingIsReadCheckedAndRenderedOnAThreadOfOneMegabyte() throws InterruptedException {
    String json = nestedSections((int) CEILING);
    ReviewJson reader = ReviewJson.strict().withLimits(ReadLimits.defaults().with(ReadLimit.NESTING_DEPTH, CEILING));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<String> rendered = new AtomicReference<>();

    Thread thread = new Thread(null, () -> {
      try {
        ReadResult<ReviewDocument> read = reader.parse(JsonInput.of(json), ReviewDocument.class);
        assertThat(read.report().errors()).isEmpty();
        rendered.set(MarkdownRenderer.standard().render(read.document().orElseThrow()));
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "nested", ONE_MEGABYTE);
    thread.start();
    thread.join();

    assertThat(failure.get()).isNull();
    assertThat(rendered.get()).contains("Deepest");
    assertThat(reader.parse(JsonInput.of(nestedSections((int) CEILING + 2)), LearningSummary.class).report().errors())
        .extracting(ValidationIssue::code)
        .containsExactly(IssueCode.JSON_LIMIT_EXCEEDED);
  }

  /** A learning summary whose sections hold sections until the JSON is {@code depth} deep. */
  private static String nestedSections(int depth) {
    int levels = (depth - 5) / 2;
    String open = "{\"kind\":\"LEARNING\",\"heading\":\"Level\",\"sections\":[".repeat(levels);
    String close = "]}".repeat(levels);
    String innermost = "{\"kind\":\"LEARNING\",\"heading\":\"Deepest\",\"content\":[{\"paragraph\":\"The end.\"}]}";
    return "{\"documentType\":\"LearningSummary\",\"schemaVersion\":\"1.0.0\",\"id\":\"ls-1\",\"title\":\"Nested\",\"format\":\"OTHER\","
        + "\"sections\":[" + open + innermost + close + "]}";
  }
}
