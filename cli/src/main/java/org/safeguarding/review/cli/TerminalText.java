package org.safeguarding.review.cli;

/**
 * Text from a document or a file name made safe for a terminal: every control character (C0, DEL
 * and C1, so ESC and the escape sequences it starts, and line breaks), the line and paragraph
 * separators and the bidirectional controls are written as a backslash, u and four hex digits, so that nothing a
 * document holds can move the cursor, change colours, set the window title or forge a line of the
 * output. {@link #escapeLines} keeps line ends and tabs, for a page of text such as Markdown.
 */
final class TerminalText {

  private TerminalText() {}

  /** {@return {@code text} with every character that could act on a terminal escaped} */
  static String escape(String text) {
    return escape(text, false);
  }

  /**
   * {@return {@code text}, of many lines, with every character that could act on a terminal
   * escaped but its line ends ({@code \n}) and tabs}
   */
  static String escapeLines(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (acts(c) && !(keepLines && (c == '\n' || c == '\t'))) {
        if (safe == null) {
          safe = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        safe.append(String.format("\\u%04X", (int) c));
      } else if (safe != null) {
        safe.append(c);
      }
    }
    return safe == null ? text : safe.toString();
  }

  private static boolean acts(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029
        || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
  }
}
