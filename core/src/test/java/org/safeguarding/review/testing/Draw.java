package org.safeguarding.review.testing;

import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Random choices drawn from QuickTheories' randomness source, so that generated documents shrink
 * and replay from the printed seed like any other QuickTheories value.
 */
public final class Draw {

  /**
   * Characters texts are made of: letters, digits, punctuation, quotes, markup, and non-ASCII.
   * Capitals and the digit 0 are left out after the first character, and every digit is followed by
   * a full stop, so that no text looks like a postcode (in any case), a telephone number or another
   * kind of personal data by chance.
   */
  private static final String[] PIECES = {
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
    "w", "y", "1.", "7.", " ", " ", " ", " ", ".", ",", ";", ":", "'",
    "\"", "\\", "/", "-", "(", ")", "&", "<", ">", "*", "_", "#", "[", "]", "`", "|", "!", "?",
    "\n", "\t", "é", "ü", "ø", "ł", "ß", "ç", "–", "—", "’", "“", "”", "…", "€", "£", "中", "文",
    "ع", "ب", "😀", "👶", "\u00a0", "\u2028", "\u200b"
  };

  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private final RandomnessSource in;

  public Draw(RandomnessSource in) {
    this.in = in;
  }

  /** A whole number from {@code min} to {@code max} inclusive. */
  public int between(int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  /** True with probability one in {@code n}. */
  public boolean oneIn(int n) {
    return between(1, n) == 1;
  }

  /** True or false, evenly. */
  public boolean coin() {
    return oneIn(2);
  }

  /** One of the values. */
  public <T> T pick(List<T> values) {
    return values.get(between(0, values.size() - 1));
  }

  /** One constant of an enumeration. */
  public <E extends Enum<E>> E pick(Class<E> type) {
    return pick(List.of(type.getEnumConstants()));
  }

  /** Some constants of an enumeration, without repeats, in declared order. */
  public <E extends Enum<E>> List<E> some(Class<E> type, int max) {
    List<E> all = List.of(type.getEnumConstants());
    int count = between(0, Math.min(max, all.size()));
    int start = between(0, all.size() - count);
    return all.subList(start, start + count);
  }

  /**
   * A text that is not blank and at most {@code max} characters long: usually short, sometimes
   * exactly {@code max}.
   */
  public String text(int max) {
    StringBuilder text = new StringBuilder();
    text.append(LETTERS.charAt(between(0, LETTERS.length() - 1)));
    int length = oneIn(25) ? max : between(1, Math.min(max, 60));
    while (text.length() < length) {
      String piece = PIECES[between(0, PIECES.length - 1)];
      text.append(text.length() + piece.length() > length ? "x" : piece);
    }
    return text.toString();
  }

  /** A date between 2000 and 2030. */
  public LocalDate date() {
    return LocalDate.of(2000, 1, 1).plusDays(between(0, 30 * 365));
  }
}
