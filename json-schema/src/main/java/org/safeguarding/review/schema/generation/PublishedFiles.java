package org.safeguarding.review.schema.generation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.schema.Crosswalks;

/**
 * Everything this module publishes that is made from the model: the schemas ({@link
 * SchemaGenerator}) and the crosswalks to the national code lists ({@link CrosswalkGenerator}). The
 * drift test compares them with the committed files; the regeneration command in the README writes
 * them.
 */
public final class PublishedFiles {

  private PublishedFiles() {}

  /** {@return every published file, by its classpath resource, such as {@code schemas/v1/definitions.schema.json}} */
  public static Map<String, String> generate() {
    Map<String, String> files = new LinkedHashMap<>();
    new SchemaGenerator().generate().forEach((name, text) -> files.put(SchemaVersion.CURRENT.schemaFolder() + name, text));
    new CrosswalkGenerator().generate().forEach((name, text) -> files.put(Crosswalks.folder() + name, text));
    return files;
  }

  /**
   * Writes every published file under a resource root.
   *
   * @param args the resource root, such as {@code json-schema/src/main/resources}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    for (Map.Entry<String, String> file : generate().entrySet()) {
      Path target = root.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      System.out.println("Wrote " + target);
    }
  }
}
