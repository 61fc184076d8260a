package org.safeguarding.review.privacy;

import java.text.Normalizer;

/**
 * A text as a reader sees it, which is what the privacy scan reads: Unicode NFKC (full-width
 * digits and letters become ASCII, compatibility forms their plain form), every invisible
 * character dropped (zero-width spaces and joiners, bidirectional controls, soft hyphens, other
 * format and control characters, combining marks left over), every space, line break and
 * separator written as one space, every dash as {@code -}, every decimal digit of any script as its
 * ASCII digit, curly apostrophes and primes as {@code '}, and Cyrillic and Greek letters that look
 * like Latin ones (Cyrillic а, е, о, р, с; Greek Ο, Ρ, Τ and the like) as the Latin letter they look
 * like, so that {@code mоther@example.org} with a Cyrillic о is an address. Without this, a no-break space or a
 * zero-width space inside a number, pasted from a word processor or put there on purpose, hides
 * the number from every detector while a reader still sees it.
 *
 * <p>A text with bidirectional controls may show its characters in another order than it holds
 * them; {@link #readingOrders(String)} gives the scan the text reversed as well, so that a number
 * an override shows forwards but holds backwards is still found.
 */
final class ScanText {

  /**
   * Cyrillic and Greek letters that a reader takes for Latin ones, each followed by the Latin
   * letter: those of Unicode's confusables (UTS #39) that are the same shape in common fonts.
   */
  private static final String LOOK_ALIKES =
      "АAВBЕEЅSІIЈJКKМMНHОOРPСCТTХXУYЁEаaеeѕsіiјjоoрpсcхxуyһhԁdԛqԝwӏl"
          + "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνvκkρpϲcϳj";

  private ScanText() {}

  /**
   * {@return {@code text} as a reader sees it, as described above; the same string when it is plain
   * ASCII with single spaces}
   *
   * @param text any text
   */
  static String of(String text) {
    if (isPlain(text)) {
      return text;
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder seen = new StringBuilder(composed.length());
    boolean space = false;
    for (int i = 0; i < composed.length(); ) {
      int c = composed.codePointAt(i);
      i += Character.charCount(c);
      if (isSpace(c)) {
        space = true;
      } else if (!isInvisible(c)) {
        if (space && !seen.isEmpty()) {
          seen.append(' ');
        }
        space = false;
        appendAsSeen(c, seen);
      }
    }
    return seen.toString();
  }

  /**
   * {@return the orders a reader may see {@code text}'s characters in: as held and, when it has
   * bidirectional controls, reversed too; each as {@link #of(String)} gives it}
   *
   * @param text any text
   */
  static String[] readingOrders(String text) {
    String seen = of(text);
    return hasBidiControl(text) ? new String[] {seen, new StringBuilder(seen).reverse().toString()} : new String[] {seen};
  }

  private static boolean isPlain(String text) {
    char previous = 'x';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' || c > '~' || c == ' ' && previous == ' ') {
        return false;
      }
      previous = c;
    }
    return true;
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Characters that show nothing: format and control characters, marks and fillers. */
  private static boolean isInvisible(int c) {
    return switch (Character.getType(c)) {
      case Character.FORMAT, Character.CONTROL, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.UNASSIGNED,
          Character.PRIVATE_USE, Character.SURROGATE -> true;
      default -> c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x17B4 || c == 0x17B5;
    };
  }

  private static void appendAsSeen(int c, StringBuilder seen) {
    if (c < 0x80) {
      seen.append((char) c);
    } else if (Character.getType(c) == Character.DASH_PUNCTUATION || c == 0x2212) {
      seen.append('-');
    } else if (Character.isDigit(c)) {
      seen.append((char) ('0' + Character.digit(c, 10)));
    } else if (lookAlike(c) >= 0) {
      seen.append(LOOK_ALIKES.charAt(lookAlike(c) + 1));
    } else if (c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x2032 || c == 0x00B4 || c == 0x02B9) {
      seen.append('\'');
    } else if (c == 0x3002 || c == 0xFF61 || c == 0x2E31 || c == 0x00B7 || c == 0x2219 || c == 0x2022) {
      seen.append('.');
    } else {
      seen.appendCodePoint(c);
    }
  }

  /** The index in {@link #LOOK_ALIKES} of {@code c}, if it is a Cyrillic or Greek look-alike; -1 if not. */
  private static int lookAlike(int c) {
    if (c < 0x0370 || c > 0x052F) {
      return -1;
    }
    for (int i = 0; i < LOOK_ALIKES.length(); i += 2) {
      if (LOOK_ALIKES.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasBidiControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C) {
        return true;
      }
    }
    return false;
  }
}
