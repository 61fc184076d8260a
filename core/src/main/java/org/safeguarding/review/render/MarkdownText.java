package org.safeguarding.review.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes document text safe to put into Markdown: whatever it holds, it renders as the same plain
 * text, never as markup, a link, an image, HTML or a block such as a list or a heading.
 *
 * <p>Runs of whitespace, line breaks included, become one space. Characters that start inline
 * markup anywhere are escaped with a backslash, which CommonMark allows before any ASCII
 * punctuation; characters that start a block are escaped where a block could start.
 */
final class MarkdownText {

  /** Characters that can start or end inline markup, HTML, an entity or a table cell anywhere. */
  private static final String INLINE = "\\`*_[]<>&!~|{}#";

  /** A line that would start a list item, a heading underline or a block quote. */
  private static final Pattern BLOCK_START = Pattern.compile("^(?:[-+=>]|\\d{1,9}[.)])");

  private MarkdownText() {}

  /** The text as one line of escaped Markdown. */
  static String escape(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    StringBuilder escaped = new StringBuilder(line.length() + 16);
    Matcher start = BLOCK_START.matcher(line);
    int blockMark = start.lookingAt() ? start.end() - 1 : -1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (INLINE.indexOf(c) >= 0 || i == blockMark) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
