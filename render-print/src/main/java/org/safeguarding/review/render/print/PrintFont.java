package org.safeguarding.review.render.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The type the PDF is set in and embeds: Liberation Sans (SIL Open Font License 1.1), whose
 * letters are as wide as Arial's, in its four faces, from the fonts jar on the class path. A Word
 * file names Arial instead, which Word has and LibreOffice replaces with Liberation Sans, so the two
 * formats break lines alike.
 *
 * <p>The face covers the Latin, Greek and Cyrillic alphabets and common punctuation. A character it
 * cannot draw, and a character XML cannot hold, is printed as {@value #MISSING} (U+25A1), which it
 * can: a PDF/UA file may not show a glyph that is not in its font, and the reader should see that
 * something is there.
 */
enum PrintFont {
  REGULAR("Regular", 400, false),
  BOLD("Bold", 700, false),
  ITALIC("Italic", 400, true),
  BOLD_ITALIC("BoldItalic", 700, true);

  /** The family name the stylesheet uses. */
  static final String FAMILY = "Liberation Sans";

  /** The family a Word file names. */
  static final String WORD_FAMILY = "Arial";

  /** What is printed for a character the font cannot draw: a white square. */
  static final char MISSING = '\u25a1';

  private static final Map<PrintFont, byte[]> BYTES = new EnumMap<>(PrintFont.class);
  private static volatile CmapLookup cmap;

  final String face;
  final int weight;
  final boolean italic;

  PrintFont(String face, int weight, boolean italic) {
    this.face = face;
    this.weight = weight;
    this.italic = italic;
  }

  /** A new stream of the face's TrueType file. */
  InputStream stream() {
    return new ByteArrayInputStream(bytes());
  }

  private byte[] bytes() {
    synchronized (BYTES) {
      return BYTES.computeIfAbsent(this, PrintFont::read);
    }
  }

  private static byte[] read(PrintFont font) {
    String name = "/liberation/LiberationSans-" + font.face + ".ttf";
    try (InputStream in = PrintFont.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The font " + name + " is not on the class path (com.github.librepdf:openpdf-fonts-extra)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text with each character the face cannot draw, and each that XML 1.0 cannot hold, as
   * {@link #MISSING}; line and paragraph separators as spaces.
   */
  static String drawable(String text) {
    CmapLookup lookup = cmap();
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append((char) c);
      } else if (c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else if (!WordText.xmlCharacter(c) || Character.getType(c) == Character.CONTROL || lookup.getGlyphId(c) == 0) {
        out.append(MISSING);
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static CmapLookup cmap() {
    CmapLookup lookup = cmap;
    if (lookup == null) {
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR.stream()))) {
        lookup = font.getUnicodeCmapLookup();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      cmap = lookup;
    }
    return lookup;
  }
}
