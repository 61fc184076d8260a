package org.safeguarding.review.pointer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON Pointer (RFC 6901) to a place in a document, built one step at a time from the {@linkplain
 * #root() whole document}: {@code root().property("sections").index(2).property("title")} is
 * {@code /sections/2/title}. The one pointer type of the library: issues carry it, reports are
 * ordered by it, and the walks of a document hand it to what they visit.
 *
 * <p>Each step costs one small object; the text and the list of segments are made only when asked
 * for, once, so that a check can carry a pointer to every place it visits and pay for text only
 * where it finds a problem. Property names are escaped as the RFC says ({@code ~} as {@code ~0},
 * {@code /} as {@code ~1}) in the text, never in {@link #segments()}. Instances are immutable and
 * thread-safe.
 *
 * <p>A property name that may carry personal data is never written out: the text and {@link
 * #shownSegments()} write {@value #WITHHELD} in its place. Every kind of personal data the privacy
 * scan looks for has two digits or more, or an {@code @}, so a name is withheld when it has either,
 * in any script or compatibility form (a full-width digit, a superscript); an array index, and a segment
 * of a parsed pointer that is all digits and at most {@value #LONGEST_SHOWN_INDEX} long, is an
 * index and shown. The model's own property names have neither, so only names a document makes up
 * are withheld. {@link #segments()} keeps every name as it is, for code that finds the place.
 */
public final class Pointer {

  /** What the text of a pointer writes instead of a property name that may carry personal data. */
  public static final String WITHHELD = "(withheld)";

  /** The longest all-digit segment of a parsed pointer taken for an array index. */
  static final int LONGEST_SHOWN_INDEX = 8;

  private static final Pointer ROOT = new Pointer(null, null, true);

  private final Pointer parent;
  /** The step's property name or index, unescaped. */
  private final String segment;
  /** Whether the step is shown as it is: an array index, or a name with at most one digit and no {@code @}. */
  private final boolean shown;
  private volatile String text;
  private volatile List<String> segments;

  private Pointer(Pointer parent, String segment, boolean shown) {
    this.parent = parent;
    this.segment = segment;
    this.shown = shown;
  }

  /** {@return the pointer to the whole document, written as the empty text} */
  public static Pointer root() {
    return ROOT;
  }

  /**
   * Reads a pointer written as RFC 6901 text.
   *
   * @param text the pointer's text, such as {@code /sections/0/title}, or empty for the whole
   *     document
   * @return the pointer
   * @throws IllegalArgumentException if the text is neither empty nor starts with {@code /}, or has
   *     a {@code ~} that is not {@code ~0} or {@code ~1}
   */
  public static Pointer parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException("A JSON Pointer is empty or starts with '/'");
    }
    Pointer pointer = ROOT;
    for (String escaped : text.substring(1).split("/", -1)) {
      String segment = unescape(checkedEscapes(escaped));
      boolean index = isIndex(segment) && segment.length() <= LONGEST_SHOWN_INDEX;
      pointer = new Pointer(pointer, segment, index || mayBeShown(segment));
    }
    return pointer;
  }

  /**
   * {@return the pointer to the property {@code name} of the object here}
   *
   * @param name the property's JSON name, unescaped
   */
  public Pointer property(String name) {
    return new Pointer(this, Objects.requireNonNull(name, "name"), mayBeShown(name));
  }

  /**
   * The pointer to the item at {@code index} of the array here.
   *
   * @param index the item's position, from 0
   * @return the pointer
   * @throws IllegalArgumentException if the index is negative
   */
  public Pointer index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("An index is not negative");
    }
    return new Pointer(this, Integer.toString(index), true);
  }

  /** {@return whether this is the pointer to the whole document} */
  public boolean isRoot() {
    return parent == null;
  }

  /** {@return the pointer one step up, or empty at the root} */
  public Optional<Pointer> parent() {
    return Optional.ofNullable(parent);
  }

  /** {@return the last step's property name or index, unescaped; empty at the root} */
  public Optional<String> lastSegment() {
    return Optional.ofNullable(segment);
  }

  /** {@return every step's property name or index, unescaped, from the root down} */
  public List<String> segments() {
    List<String> result = segments;
    if (result == null) {
      String[] steps = new String[depth()];
      int i = steps.length;
      for (Pointer step = this; !step.isRoot(); step = step.parent) {
        steps[--i] = step.segment;
      }
      result = Collections.unmodifiableList(Arrays.asList(steps));
      segments = result;
    }
    return result;
  }

  /** {@return how many steps the pointer has: 0 for the root} */
  public int depth() {
    int depth = 0;
    for (Pointer step = this; !step.isRoot(); step = step.parent) {
      depth++;
    }
    return depth;
  }

  /** {@return whether the last step is an array index: all digits} */
  public boolean endsWithIndex() {
    return segment != null && isIndex(segment);
  }

  /**
   * {@return whether a segment is an array index: one or more ASCII digits}
   *
   * @param segment a segment, such as {@code 12} or {@code title}
   */
  public static boolean isIndex(String segment) {
    if (segment.isEmpty()) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return every step's property name or index, unescaped, from the root down, with {@value
   * #WITHHELD} for a name that may carry personal data}
   */
  public List<String> shownSegments() {
    String[] steps = new String[depth()];
    int i = steps.length;
    for (Pointer step = this; !step.isRoot(); step = step.parent) {
      steps[--i] = step.shown ? step.segment : WITHHELD;
    }
    return List.of(steps);
  }

  /**
   * The pointer as RFC 6901 text, such as {@code /sections/2/title}, or the empty text for the
   * root; a property name that may carry personal data is written {@value #WITHHELD}.
   */
  @Override
  public String toString() {
    String result = text;
    if (result == null) {
      result = written(shownSegments());
      text = result;
    }
    return result;
  }

  /**
   * {@return the pointer as RFC 6901 text with every property name written out, even one that may
   * carry personal data: for code that finds the place in the document, never for a person to
   * read}
   */
  public String fullText() {
    return written(segments());
  }

  private static String written(List<String> steps) {
    StringBuilder built = new StringBuilder();
    for (String step : steps) {
      built.append('/').append(step.indexOf('~') < 0 && step.indexOf('/') < 0 ? step : step.replace("~", "~0").replace("/", "~1"));
    }
    return built.toString();
  }

  /** Pointers are equal when they point at the same place: the same segments. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Pointer pointer && segments().equals(pointer.segments());
  }

  @Override
  public int hashCode() {
    return segments().hashCode();
  }

  /**
   * Whether a property name may be written out: it has at most one digit and no {@code @}, read in
   * its compatibility form (NFKC) so that a full-width or superscript digit counts as a digit.
   */
  private static boolean mayBeShown(String name) {
    boolean ascii = true;
    for (int i = 0; i < name.length(); i++) {
      ascii &= name.charAt(i) < 0x80;
    }
    String compatible = ascii ? name : Normalizer.normalize(name, Normalizer.Form.NFKC);
    return compatible.indexOf('@') < 0 && compatible.codePoints().filter(Character::isDigit).limit(2).count() < 2;
  }

  private static String checkedEscapes(String segment) {
    for (int i = segment.indexOf('~'); i >= 0; i = segment.indexOf('~', i + 1)) {
      if (i + 1 >= segment.length() || (segment.charAt(i + 1) != '0' && segment.charAt(i + 1) != '1')) {
        throw new IllegalArgumentException("In a JSON Pointer '~' is written only as ~0 or ~1");
      }
    }
    return segment;
  }

  private static String unescape(String segment) {
    return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
  }
}
