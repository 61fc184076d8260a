package org.safeguarding.review.json;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Where a JSON document comes from: text, bytes (UTF-8, UTF-16 or UTF-32), a stream or a reader
 * (read to the end, not closed), a file, or a tree read elsewhere. Every reader of the library
 * ({@link ReviewJson}, the JSON Schema validator, the document validator) takes one: the one way in,
 * whatever the source. Make one with the factory for its kind, which refuses {@code null}.
 */
public sealed interface JsonInput {

  /**
   * {@return JSON text}
   *
   * @param json the text
   */
  static JsonInput of(String json) {
    return new Text(Objects.requireNonNull(json, "json"));
  }

  /**
   * {@return JSON bytes in UTF-8, UTF-16 or UTF-32}
   *
   * @param json the bytes, which are not copied
   */
  static JsonInput of(byte[] json) {
    return new Bytes(Objects.requireNonNull(json, "json"));
  }

  /**
   * {@return a stream of JSON bytes, read to its end but not closed}
   *
   * @param json the stream
   */
  static JsonInput of(InputStream json) {
    return new Stream(Objects.requireNonNull(json, "json"));
  }

  /**
   * {@return a reader of JSON text, read to its end but not closed}
   *
   * @param json the reader
   */
  static JsonInput of(Reader json) {
    return new Chars(Objects.requireNonNull(json, "json"));
  }

  /**
   * {@return a file of JSON bytes}
   *
   * @param json the file's path
   */
  static JsonInput of(Path json) {
    return new File(Objects.requireNonNull(json, "json"));
  }

  /**
   * {@return a JSON tree read elsewhere}
   *
   * @param json the tree
   */
  static JsonInput of(JsonNode json) {
    return new Tree(Objects.requireNonNull(json, "json"));
  }

  /**
   * JSON as text.
   *
   * @param json the text
   */
  record Text(String json) implements JsonInput {}

  /**
   * JSON as bytes.
   *
   * @param json the bytes
   */
  record Bytes(byte[] json) implements JsonInput {}

  /**
   * JSON read from a stream.
   *
   * @param json the stream
   */
  record Stream(InputStream json) implements JsonInput {}

  /**
   * JSON read from a reader.
   *
   * @param json the reader
   */
  record Chars(Reader json) implements JsonInput {}

  /**
   * JSON in a file.
   *
   * @param json the file
   */
  record File(Path json) implements JsonInput {}

  /**
   * JSON already read into a tree.
   *
   * @param json the tree
   */
  record Tree(JsonNode json) implements JsonInput {}
}
