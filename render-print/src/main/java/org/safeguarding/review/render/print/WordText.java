package org.safeguarding.review.render.print;

/**
 * Text as an Office Open XML file can hold it: a character that XML 1.0 cannot hold (most control
 * characters, U+FFFE and U+FFFF) is written as the replacement character U+FFFD, which every Word
 * font shows; a Word file with such a character would not open at all. Everything else is kept:
 * Word finds a font for any script.
 */
final class WordText {

  private static final char REPLACEMENT = '\ufffd';

  private WordText() {}

  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(xmlCharacter(c) ? c : REPLACEMENT));
    return out.toString();
  }

  /** {@return whether XML 1.0 can hold the character} */
  static boolean xmlCharacter(int c) {
    return c == 0x9 || c == 0xA || c == 0xD
        || c >= 0x20 && c <= 0xD7FF
        || c >= 0xE000 && c <= 0xFFFD
        || c >= 0x10000 && c <= 0x10FFFF;
  }
}
