package org.safeguarding.review.report;

/**
 * A place in the JSON text, for problems found while reading it, such as malformed JSON.
 *
 * @param line the line, counting from 1
 * @param column the column, counting from 1
 */
public record SourceLocation(int line, int column) {

  /**
   * A place in the text.
   *
   * @param line the line, counting from 1
   * @param column the column, counting from 1
   * @throws IllegalArgumentException if line or column is less than 1
   */
  public SourceLocation {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1");
    }
  }

  @Override
  public String toString() {
    return "line " + line + ", column " + column;
  }
}
