package org.safeguarding.review.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.national.CodeList;

/**
 * Where the published crosswalks are: one JSON file per national code list, beside the schemas of
 * the same major version ({@code crosswalks/v1/cin-assessment-factors.json}). Each gives every
 * entry of the list with the model values that stand for it (and how closely), or why none does,
 * so that a reader in any language can join a document's values to a national return.
 */
public final class Crosswalks {

  private Crosswalks() {}

  /** {@return the classpath folder of the crosswalks, such as {@code crosswalks/v1/}} */
  public static String folder() {
    return "crosswalks/v" + SchemaVersion.CURRENT.getMajor() + "/";
  }

  /**
   * {@return the file name of a list's crosswalk, such as {@code cin-assessment-factors.json}}
   *
   * @param list the national code list
   */
  public static String fileName(CodeList list) {
    return list.getFileName() + ".json";
  }

  /**
   * {@return a list's crosswalk, as JSON text}
   *
   * @param list the national code list
   */
  public static String read(CodeList list) {
    String resource = folder() + fileName(list);
    try (InputStream in = Crosswalks.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
