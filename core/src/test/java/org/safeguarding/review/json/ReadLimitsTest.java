package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.TestDocuments;

class ReadLimitsTest {

  @ParameterizedTest
  @EnumSource(ReadLimit.class)
  void eachLimitIsFoundByItsNameAndChangesOnlyItsOwnValue(ReadLimit limit) {
    ReadLimits changed = ReadLimits.defaults().with(limit, 7);

    assertThat(ReadLimit.named(limit.text())).contains(limit);
    for (ReadLimit other : ReadLimit.values()) {
      assertThat(changed.get(other)).as(other.text()).isEqualTo(other == limit ? 7 : other.defaultValue());
    }
    assertThat(changed).isNotEqualTo(ReadLimits.defaults()).isEqualTo(ReadLimits.defaults().with(limit, 7));
  }

  @Test
  void theNamesAreTheCommandLinesLowerCaseWithHyphens() {
    assertThat(Arrays.stream(ReadLimit.values()).map(ReadLimit::text))
        .containsExactly("document-bytes", "nesting-depth", "string-length", "array-length", "number-length", "property-name-length", "token-count", "report-issues");
    assertThat(ReadLimit.named("maxDocumentBytes")).isEmpty();
  }

  @Test
  void aValueOutOfRangeIsRefusedInTheLimitsOwnWords() {
    assertThatThrownBy(() -> ReadLimits.defaults().with(ReadLimit.NESTING_DEPTH, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the limit nesting-depth must be a whole number from 1 to 500");
    assertThatThrownBy(() -> ReadLimits.defaults().with(ReadLimit.STRING_LENGTH, Integer.MAX_VALUE + 1L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ReadLimits.defaults().with(ReadLimit.DOCUMENT_BYTES, Long.MAX_VALUE).get(ReadLimit.DOCUMENT_BYTES)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void theLimitsReadAsTheirNamesAndValues() {
    assertThat(ReadLimits.defaults().with(ReadLimit.TOKEN_COUNT, 5).toString())
        .isEqualTo("document-bytes=8388608, nesting-depth=64, string-length=1000000, array-length=10000, number-length=100, property-name-length=1000, token-count=5, report-issues=1000");
  }

  @Test
  void aDocumentWithMoreTokensThanJacksonsDefaultIsBoundWithinRaisedLimits() {
    String summary = ReviewJson.lenient().toTree(TestDocuments.learningSummary()).toString();
    String json = summary.substring(0, summary.length() - 1) + ",\"kept\":[" + "0,".repeat(1_100_000) + "0]}";
    ReadLimits raised = ReadLimits.defaults().with(ReadLimit.TOKEN_COUNT, 2_000_000).with(ReadLimit.ARRAY_LENGTH, 2_000_000);

    assertThat(ReviewJson.lenient().withLimits(raised).parse(JsonInput.of(json), ReviewDocument.class).document()).isPresent();
  }
}
