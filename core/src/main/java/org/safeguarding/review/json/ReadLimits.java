package org.safeguarding.review.json;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.core.StreamReadConstraints;

/**
 * The limits JSON is read within, so that hostile or broken input is refused in bounded time and
 * memory rather than exhausting them: a value for each {@link ReadLimit}. Breaking one is a {@code
 * json.limitExceeded} error naming the limit ({@code the limit nesting-depth}), at the place it was
 * broken.
 *
 * <p>The defaults are far above what any real document needs: the largest documents are some
 * hundreds of kilobytes. Change one with {@link #with(ReadLimit, long)}:
 * {@code ReadLimits.defaults().with(ReadLimit.DOCUMENT_BYTES, 1_000_000)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReadLimits {

  private static final ReadLimits DEFAULTS = new ReadLimits(defaultValues());

  private final Map<ReadLimit, Long> values;

  private ReadLimits(Map<ReadLimit, Long> values) {
    this.values = values;
  }

  private static Map<ReadLimit, Long> defaultValues() {
    Map<ReadLimit, Long> values = new EnumMap<>(ReadLimit.class);
    for (ReadLimit limit : ReadLimit.values()) {
      values.put(limit, limit.defaultValue());
    }
    return values;
  }

  /**
   * {@return the defaults: 8 MiB documents, nesting 64 deep, strings of 1,000,000 characters,
   * arrays of 10,000 items, numbers of 100 characters, property names of 1,000 characters,
   * 1,000,000 tokens, and reports of 1,000 issues}
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * {@return these limits with another value for one}
   *
   * @param limit the limit to change
   * @param value its value: from 1 to the limit's {@linkplain ReadLimit#maximum() maximum}
   * @throws IllegalArgumentException if the value is not in that range, worded for users: {@code
   *     the limit nesting-depth must be a whole number from 1 to 2147483647}
   */
  public ReadLimits with(ReadLimit limit, long value) {
    Objects.requireNonNull(limit, "limit");
    if (value < 1 || value > limit.maximum()) {
      throw new IllegalArgumentException(limit.inWords() + " must be a whole number from 1 to " + limit.maximum());
    }
    Map<ReadLimit, Long> changed = new EnumMap<>(values);
    changed.put(limit, value);
    return new ReadLimits(changed);
  }

  /**
   * {@return the value of one limit}
   *
   * @param limit the limit
   */
  public long get(ReadLimit limit) {
    return values.get(Objects.requireNonNull(limit, "limit"));
  }

  /** The value of a limit that fits an {@code int}, as Jackson takes it. */
  int getInt(ReadLimit limit) {
    return Math.toIntExact(get(limit));
  }

  /** The limits Jackson enforces while it reads. */
  StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(get(ReadLimit.DOCUMENT_BYTES))
        .maxNestingDepth(getInt(ReadLimit.NESTING_DEPTH))
        .maxStringLength(getInt(ReadLimit.STRING_LENGTH))
        .maxNumberLength(getInt(ReadLimit.NUMBER_LENGTH))
        .maxNameLength(getInt(ReadLimit.PROPERTY_NAME_LENGTH))
        .maxTokenCount(get(ReadLimit.TOKEN_COUNT))
        .build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadLimits limits && values.equals(limits.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** {@return each limit with its value: {@code document-bytes=8388608, nesting-depth=64, ...}} */
  @Override
  public String toString() {
    return values.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", "));
  }
}
