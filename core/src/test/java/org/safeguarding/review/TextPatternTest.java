package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The not-blank pattern, which the schemas carry, must decide exactly as String.isBlank(): found
 * in a text, as JSON Schema searches for a pattern, exactly when the text is not blank.
 */
class TextPatternTest {

  private static final Pattern NOT_BLANK = Pattern.compile(Constraints.NOT_BLANK_PATTERN);

  @Test
  void agreesWithIsBlankForEveryCharacterOfTheBasicPlane() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String alone = String.valueOf(c);
      String padded = " \t" + c + "\n ";
      assertThat(NOT_BLANK.matcher(alone).find()).as("U+%04X", (int) c).isEqualTo(!alone.isBlank());
      assertThat(NOT_BLANK.matcher(padded).find()).as("U+%04X padded", (int) c).isEqualTo(!padded.isBlank());
    }
  }

  @Test
  void agreesWithIsBlankForLongerTexts() {
    for (String text : new String[] {"", "   ", "\u3000\u2028\u00a0", "a", "  x  ", "line\nline", "\ud83d\ude00", " \u2007 "}) {
      assertThat(NOT_BLANK.matcher(text).find()).as(text).isEqualTo(!text.isBlank());
    }
  }
}
