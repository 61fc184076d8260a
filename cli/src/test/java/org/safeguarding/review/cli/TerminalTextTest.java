package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing from a document or a file name acts on a terminal (issue 25). */
class TerminalTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"\u001b[31mred", "\u001b]0;title\u0007", "\u009b31m", "a\nb.json: 0 documents checked", "x\ry", "\u202eevil", "a\u2028b", "\u007f"})
  void controlCharactersAreEscaped(String text) {
    String safe = TerminalText.escape(text);

    assertThat(safe.chars()).noneMatch(c -> c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x202E || c == 0x2028);
    assertThat(safe).contains("\\u");
  }

  @ParameterizedTest
  @ValueSource(strings = {"# Title\u001b]0;t\u0007\n\nText\tand\r\u009b31m\n", "a\u2028b\n\u202e"})
  void aPageKeepsItsLineEndsAndTabsAndEscapesTheRest(String page) {
    String safe = TerminalText.escapeLines(page);

    assertThat(safe.chars()).noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c == 0x202E || c == 0x2028);
    assertThat(safe.chars().filter(c -> c == '\n').count()).isEqualTo(page.chars().filter(c -> c == '\n').count());
    assertThat(safe.chars().filter(c -> c == '\t').count()).isEqualTo(page.chars().filter(c -> c == '\t').count());
    assertThat(TerminalText.escapeLines("# Title\n\n\tText\n")).isEqualTo("# Title\n\n\tText\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Police", "école", "批评", "a/b.json", ""})
  void plainTextIsLeftAsItIs(String text) {
    assertThat(TerminalText.escape(text)).isSameAs(text);
  }
}
