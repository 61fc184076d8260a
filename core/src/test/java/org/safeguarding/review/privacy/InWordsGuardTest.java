package org.safeguarding.review.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick tests before the patterns of telephone numbers and email addresses in words never rule
 * out a text in which the pattern finds one, and rule out ordinary prose.
 */
class InWordsGuardTest {

  /** Words that make near misses likely: digit words in any case, multipliers, look-alikes. */
  private static final List<String> WORDS =
      List.of(
          "oh", "OH", "Oh", "o", "zero", "nought", "one", "Two", "three", "FOUR", "five", "six", "seven", "eight", "nine", "7", "0",
          "double", "triple", "Double", "12", "seventy", "oneself", "\u017fix", "and", "x_", "");
  /** What may come between them: the pattern's separators most often, then others, or nothing. */
  private static final List<String> BETWEEN = List.of(" ", " ", " ", ",", "-", ", ", " - ", "  ", ".", "(", "\n", "\u00e9", "_", "");

  @Test
  void neverRulesOutATextThePatternFindsDigitsIn() {
    SplittableRandom random = new SplittableRandom(28);
    int found = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(4, 16); i > 0; i--) {
        // Three times in four a digit word or digit (the first seventeen words), else any word.
        String word = WORDS.get(random.nextInt(random.nextInt(4) > 0 ? 17 : WORDS.size()));
        text.append(word).append(BETWEEN.get(random.nextInt(BETWEEN.size())));
      }
      String value = text.toString();
      if (PersonalDataKind.DIGITS_IN_WORDS.matcher(value).find()) {
        found++;
        assertThat(PersonalDataKind.mayHoldDigitsInWords(value)).as(value).isTrue();
      }
    }
    assertThat(found).as("texts in which the pattern found digits in words").isGreaterThan(500);
  }

  /** Words of addresses in words and their near misses. */
  private static final List<String> ADDRESS_WORDS =
      List.of("at", "AT", "At", "dot", "DOT", "Dot", "mother", "example", "org", "uk", "co", "(at)", "[at]", "{ at }", "@", "that", "dotted",
          "at_", "x.y", "nhs", "");
  /** What may come between them. */
  private static final List<String> ADDRESS_BETWEEN = List.of(" ", " ", " ", ".", "(", ")", "[", "]", "\t", "  ", "-", "_", "");

  @Test
  void neverRulesOutATextThePatternFindsAnAddressIn() {
    SplittableRandom random = new SplittableRandom(28);
    int found = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(3, 12); i > 0; i--) {
        text.append(ADDRESS_WORDS.get(random.nextInt(ADDRESS_WORDS.size()))).append(ADDRESS_BETWEEN.get(random.nextInt(ADDRESS_BETWEEN.size())));
      }
      String value = text.toString();
      if (PersonalDataKind.EMAIL_IN_WORDS.matcher(value).find()) {
        found++;
        assertThat(PersonalDataKind.mayHoldAddressInWords(value)).as(value).isTrue();
      }
    }
    assertThat(found).as("texts in which the pattern found an address in words").isGreaterThan(250);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mother at example dot org", "mother (at) example.org", "mother@example dot org", "mother [ AT ] example.co.uk"})
  void letsTheseAddressesThrough(String text) {
    assertThat(PersonalDataKind.mayHoldAddressInWords(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"The team at the hospital met that day.", "A dotted line at the edge", "safeguarding@example.org", "what (a) dot"})
  void rulesOutTheseTexts(String text) {
    assertThat(PersonalDataKind.mayHoldAddressInWords(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Call oh seven seven double oh nine one two three four five.",
        "ONE-TWO-THREE, FOUR, FIVE, SIX",
        "dial 0 7 7 0 0 9 then wait"
      })
  void letsTheseThrough(String text) {
    assertThat(PersonalDataKind.mayHoldDigitsInWords(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The child, aged two, lived with one parent and three siblings for five months.",
        "one two three. four five six",
        "one two three (four) five six",
        "seventy one two three four five"
      })
  void rulesOutThese(String text) {
    assertThat(PersonalDataKind.mayHoldDigitsInWords(text)).isFalse();
  }
}
