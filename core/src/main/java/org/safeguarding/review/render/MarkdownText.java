package org.safeguarding.review.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes document text safe to put into Markdown: whatever it holds, it renders as the same plain
 * text, never as markup, a link, an image, HTML or a block such as a list or a heading; and writes
 * the few inline forms the renderer uses around it.
 *
 * <p>Runs of whitespace, line breaks included, become one space. Characters that start inline
 * markup anywhere are escaped with a backslash, which CommonMark allows before any ASCII
 * punctuation; characters that start a block are escaped where a block could start. A no-break
 * space at either end, which Java does not strip but CommonMark counts as whitespace, is written as
 * a character reference, so that emphasis around the text still opens and closes.
 *
 * <p>commonmark-java's own Markdown renderer (0.28) was tried for this and left text such as
 * "+ plus" and "~~~" at the start of a line unescaped, which then read back as a list and a code
 * block; the tests parse everything rendered here with commonmark-java to show that text stays
 * text.
 */
final class MarkdownText {

  /** Characters that can start or end inline markup, HTML, an entity or a table cell anywhere. */
  private static final String INLINE = "\\`*_[]<>&!~|{}#";

  /** Spaces that {@link String#strip()} keeps and CommonMark counts as whitespace. */
  private static final String NO_BREAK_SPACES = "\u00a0\u2007\u202f";

  /** A line that would start a list item, a heading underline or a block quote. */
  private static final Pattern BLOCK_START = Pattern.compile("^(?:[-+=>]|\\d{1,9}[.)])");

  /** Characters a link destination in angle brackets cannot hold unescaped. */
  private static final Pattern DESTINATION_SPECIAL = Pattern.compile("[\\\\<>]");

  private MarkdownText() {}

  /** The text as one line of escaped Markdown. */
  static String escape(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    StringBuilder escaped = new StringBuilder(line.length() + 16);
    Matcher start = BLOCK_START.matcher(line);
    int blockMark = start.lookingAt() ? start.end() - 1 : -1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((i == 0 || i == line.length() - 1) && NO_BREAK_SPACES.indexOf(c) >= 0) {
        escaped.append("&#").append((int) c).append(';');
        continue;
      }
      if (INLINE.indexOf(c) >= 0 || i == blockMark) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /** A link whose text is {@code inline} (escaped Markdown) and whose target is {@code url}. */
  static String link(String inline, String url) {
    String destination = DESTINATION_SPECIAL.matcher(url.replaceAll("\\s+", "")).replaceAll("\\\\$0");
    return "[" + inline + "](<" + destination + ">)";
  }

  /** A link that shows its own address. */
  static String link(String url) {
    return link(escape(url), url);
  }

  /** Strong emphasis: the labels and titles a document prints, and the tool's field names. */
  static String strong(String inline) {
    return "**" + inline + "**";
  }

  /** Emphasis: only ever the tool's own words, such as a mark where text is not available. */
  static String emphasis(String inline) {
    return "*" + inline + "*";
  }
}
