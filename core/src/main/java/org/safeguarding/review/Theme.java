package org.safeguarding.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A learning theme a document, section or finding is tagged with: either a code from the
 * {@link LearningTheme} catalogue ({@code SAFER_SLEEP}) or a local theme a partnership uses,
 * marked as local by the prefix {@value #LOCAL_PREFIX} ({@code local:CUCKOOING}).
 *
 * <p>Like {@link java.time.LocalDate}, a theme is a value: create it with {@link #of(String)},
 * {@link #of(LearningTheme)} or {@link #local(String)}, which reject anything else, and read it back
 * from {@link #toString()}. Instances are immutable and thread-safe.
 */
public final class Theme implements Comparable<Theme> {

  /** The prefix that marks a theme as local, outside the catalogue. */
  public static final String LOCAL_PREFIX = "local:";

  /** The form of a local theme's code after the prefix: upper case words joined by '_'. */
  public static final String LOCAL_CODE_PATTERN = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";

  /** The longest local code after the prefix. */
  public static final int LOCAL_CODE_MAX = 64;

  /** What a theme may be, in words. */
  public static final String MESSAGE =
      "must be a catalogue theme code such as SAFER_SLEEP, or a local theme marked with the"
          + " prefix 'local:' such as local:CUCKOOING";

  private static final Pattern LOCAL_CODE = Pattern.compile(LOCAL_CODE_PATTERN);

  /** The catalogue's themes by code, made once. */
  private static final Map<String, Theme> CATALOGUE = catalogue();

  private final String code;
  private final LearningTheme catalogueTheme;

  private Theme(String code, LearningTheme catalogueTheme) {
    this.code = code;
    this.catalogueTheme = catalogueTheme;
  }

  /**
   * {@return the theme for a catalogue entry}
   *
   * @param theme the catalogue entry
   */
  public static Theme of(LearningTheme theme) {
    return CATALOGUE.get(theme.name());
  }

  /**
   * A local theme, outside the catalogue.
   *
   * @param code the code after the prefix, such as {@code CUCKOOING}
   * @return the local theme, written {@code local:CUCKOOING}
   * @throws IllegalArgumentException if the code is not upper case words joined by '_', or is
   *     longer than {@value #LOCAL_CODE_MAX} characters
   */
  public static Theme local(String code) {
    Objects.requireNonNull(code, "code");
    if (code.length() > LOCAL_CODE_MAX || !LOCAL_CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "A local theme code must be upper case words joined by '_', at most "
              + LOCAL_CODE_MAX
              + " characters");
    }
    return new Theme(LOCAL_PREFIX + code, null);
  }

  /**
   * Reads a theme as written in JSON.
   *
   * @param text a catalogue code, or {@value #LOCAL_PREFIX} followed by a local code
   * @return the catalogue theme or the local theme the text names
   * @throws IllegalArgumentException if the text is neither; the message does not repeat it
   */
  @JsonCreator
  public static Theme of(String text) {
    Objects.requireNonNull(text, "text");
    if (text.startsWith(LOCAL_PREFIX)) {
      return local(text.substring(LOCAL_PREFIX.length()));
    }
    Theme theme = CATALOGUE.get(text);
    if (theme == null) {
      throw new IllegalArgumentException("A theme " + MESSAGE);
    }
    return theme;
  }

  /**
   * {@return whether {@code text} is a theme that {@link #of(String)} accepts}
   *
   * @param text the text to check, not null
   */
  public static boolean isValid(String text) {
    try {
      of(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** {@return the catalogue entry, or empty for a local theme} */
  public Optional<LearningTheme> getCatalogueTheme() {
    return Optional.ofNullable(catalogueTheme);
  }

  /** {@return whether this is a local theme, outside the catalogue} */
  public boolean isLocal() {
    return catalogueTheme == null;
  }

  /** {@return a label for people: the catalogue label, or the local code} */
  public String getLabel() {
    return catalogueTheme != null
        ? catalogueTheme.getLabel()
        : code.substring(LOCAL_PREFIX.length());
  }

  /** The theme as written in JSON, which {@link #of(String)} reads back. */
  @JsonValue
  @Override
  public String toString() {
    return code;
  }

  /** Catalogue themes first in catalogue order, then local themes by code. */
  @Override
  public int compareTo(Theme other) {
    if (catalogueTheme != null && other.catalogueTheme != null) {
      return catalogueTheme.compareTo(other.catalogueTheme);
    }
    if (catalogueTheme != null || other.catalogueTheme != null) {
      return catalogueTheme != null ? -1 : 1;
    }
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Theme theme && code.equals(theme.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  private static Map<String, Theme> catalogue() {
    Map<String, Theme> themes = new HashMap<>();
    for (LearningTheme theme : LearningTheme.values()) {
      themes.put(theme.name(), new Theme(theme.name(), theme));
    }
    return Map.copyOf(themes);
  }
}
