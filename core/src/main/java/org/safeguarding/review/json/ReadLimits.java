package org.safeguarding.review.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * The limits JSON is read within, so that hostile or broken input is refused in bounded time and
 * memory rather than exhausting them. Breaking one is a {@code json.limitExceeded} error naming the
 * limit, at the place it was broken.
 *
 * <p>The defaults are far above what any real document needs: the largest documents are some
 * hundreds of kilobytes. Change one with its {@code with...} method.
 *
 * @param maxDocumentBytes the largest document, in bytes (characters for text input)
 * @param maxNestingDepth the deepest nesting of objects and arrays, at most {@link #MAX_NESTING_DEPTH}
 * @param maxStringLength the longest string, in characters
 * @param maxArrayLength the most items in one array
 * @param maxNumberLength the most characters in one number
 * @param maxPropertyNameLength the longest property name, in characters
 * @param maxTokenCount the most JSON tokens in one document
 */
public record ReadLimits(
    long maxDocumentBytes,
    int maxNestingDepth,
    int maxStringLength,
    int maxArrayLength,
    int maxNumberLength,
    int maxPropertyNameLength,
    long maxTokenCount) {

  /**
   * The deepest nesting any limits allow. Reading, binding, checking and rendering a document walk
   * its parts on the thread's stack; a thread of 1 MB, the JVM's usual default, holds a document
   * of sections nested 1,000 deep and not 2,000, so this leaves half the stack to spare.
   */
  public static final int MAX_NESTING_DEPTH = 500;

  private static final ReadLimits DEFAULTS = new ReadLimits(8L * 1024 * 1024, 64, 1_000_000, 10_000, 100, 1_000, 1_000_000);

  /**
   * Limits of the given sizes; {@link #defaults()} and the {@code with...} methods are easier.
   *
   * @param maxDocumentBytes the largest document, in bytes (characters for text input)
   * @param maxNestingDepth the deepest nesting of objects and arrays
   * @param maxStringLength the longest string, in characters
   * @param maxArrayLength the most items in one array
   * @param maxNumberLength the most characters in one number
   * @param maxPropertyNameLength the longest property name, in characters
   * @param maxTokenCount the most JSON tokens in one document
   * @throws IllegalArgumentException if a limit is not positive, or the nesting is deeper than
   *     {@value #MAX_NESTING_DEPTH}
   */
  public ReadLimits {
    if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxArrayLength <= 0
        || maxNumberLength <= 0 || maxPropertyNameLength <= 0 || maxTokenCount <= 0) {
      throw new IllegalArgumentException("Every read limit must be positive");
    }
    if (maxNestingDepth > MAX_NESTING_DEPTH) {
      throw new IllegalArgumentException("maxNestingDepth must be at most " + MAX_NESTING_DEPTH + ", which the stack of a thread holds");
    }
  }

  /**
   * {@return the defaults: 8 MiB documents, nesting 64 deep, strings of 1,000,000 characters,
   * arrays of 10,000 items, numbers of 100 characters, property names of 1,000 characters, and
   * 1,000,000 tokens}
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * {@return these limits with another largest document}
   *
   * @param bytes the largest document, in bytes (characters for text input)
   */
  public ReadLimits withMaxDocumentBytes(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxArrayLength, maxNumberLength, maxPropertyNameLength, maxTokenCount);
  }

  /**
   * {@return these limits with another deepest nesting}
   *
   * @param depth the deepest nesting of objects and arrays, at most {@value #MAX_NESTING_DEPTH}
   * @throws IllegalArgumentException if {@code depth} is not positive or is over {@value
   *     #MAX_NESTING_DEPTH}
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxArrayLength, maxNumberLength, maxPropertyNameLength, maxTokenCount);
  }

  /**
   * {@return these limits with another longest string}
   *
   * @param length the longest string, in characters
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxArrayLength, maxNumberLength, maxPropertyNameLength, maxTokenCount);
  }

  /**
   * {@return these limits with another largest array}
   *
   * @param length the most items in one array
   */
  public ReadLimits withMaxArrayLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, length, maxNumberLength, maxPropertyNameLength, maxTokenCount);
  }

  /**
   * {@return these limits with another longest number}
   *
   * @param length the most characters in one number
   */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxArrayLength, length, maxPropertyNameLength, maxTokenCount);
  }

  /**
   * {@return these limits with another longest property name}
   *
   * @param length the longest property name, in characters
   */
  public ReadLimits withMaxPropertyNameLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxArrayLength, maxNumberLength, length, maxTokenCount);
  }

  /**
   * {@return these limits with another largest number of tokens}
   *
   * @param count the most JSON tokens in one document
   */
  public ReadLimits withMaxTokenCount(long count) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxArrayLength, maxNumberLength, maxPropertyNameLength, count);
  }

  /** The limits Jackson enforces while it reads. */
  StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentBytes)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxPropertyNameLength)
        .maxTokenCount(maxTokenCount)
        .build();
  }
}
