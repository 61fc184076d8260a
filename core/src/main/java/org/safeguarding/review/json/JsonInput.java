package org.safeguarding.review.json;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Where a JSON document comes from: text, bytes (UTF-8, UTF-16 or UTF-32), a stream or a reader
 * (read to the end, not closed), a file, or a tree read elsewhere. Every reader of the library
 * ({@link ReviewJson}, the JSON Schema validator, the document validator) takes one, and offers the
 * same overloads for each kind, which make one of these.
 */
public sealed interface JsonInput {

  /**
   * {@return JSON text}
   *
   * @param json the text
   */
  static JsonInput of(String json) {
    return new Text(json);
  }

  /**
   * {@return JSON bytes in UTF-8, UTF-16 or UTF-32}
   *
   * @param json the bytes, which are not copied
   */
  static JsonInput of(byte[] json) {
    return new Bytes(json);
  }

  /**
   * {@return a stream of JSON bytes, read to its end but not closed}
   *
   * @param json the stream
   */
  static JsonInput of(InputStream json) {
    return new Stream(json);
  }

  /**
   * {@return a reader of JSON text, read to its end but not closed}
   *
   * @param json the reader
   */
  static JsonInput of(Reader json) {
    return new Chars(json);
  }

  /**
   * {@return a file of JSON bytes}
   *
   * @param json the file's path
   */
  static JsonInput of(Path json) {
    return new File(json);
  }

  /**
   * {@return a JSON tree read elsewhere}
   *
   * @param json the tree
   */
  static JsonInput of(JsonNode json) {
    return new Tree(json);
  }

  /**
   * JSON as text.
   *
   * @param json the text
   */
  record Text(String json) implements JsonInput {
    /**
     * The text must not be null.
     *
     * @param json the text
     */
    public Text {
      Objects.requireNonNull(json, "json");
    }
  }

  /**
   * JSON as bytes.
   *
   * @param json the bytes
   */
  record Bytes(byte[] json) implements JsonInput {
    /**
     * The bytes must not be null.
     *
     * @param json the bytes
     */
    public Bytes {
      Objects.requireNonNull(json, "json");
    }
  }

  /**
   * JSON read from a stream.
   *
   * @param json the stream
   */
  record Stream(InputStream json) implements JsonInput {
    /**
     * The stream must not be null.
     *
     * @param json the stream
     */
    public Stream {
      Objects.requireNonNull(json, "json");
    }
  }

  /**
   * JSON read from a reader.
   *
   * @param json the reader
   */
  record Chars(Reader json) implements JsonInput {
    /**
     * The reader must not be null.
     *
     * @param json the reader
     */
    public Chars {
      Objects.requireNonNull(json, "json");
    }
  }

  /**
   * JSON in a file.
   *
   * @param json the file
   */
  record File(Path json) implements JsonInput {
    /**
     * The path must not be null.
     *
     * @param json the file
     */
    public File {
      Objects.requireNonNull(json, "json");
    }
  }

  /**
   * JSON already read into a tree.
   *
   * @param json the tree
   */
  record Tree(JsonNode json) implements JsonInput {
    /**
     * The tree must not be null.
     *
     * @param json the tree
     */
    public Tree {
      Objects.requireNonNull(json, "json");
    }
  }
}
