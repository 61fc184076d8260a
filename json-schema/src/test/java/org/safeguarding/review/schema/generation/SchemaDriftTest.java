package org.safeguarding.review.schema.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.schema.Crosswalks;

/**
 * The committed schemas and crosswalks are exactly what the current model generates. When the
 * model changes, this test fails with a diff; run the regeneration command in the README and
 * commit the result.
 */
class SchemaDriftTest {

  private static final Path COMMITTED = Path.of("src/main/resources");

  @Test
  void committedSchemasAndCrosswalksMatchTheModel() throws Exception {
    Map<String, String> generated = PublishedFiles.generate();

    for (String folder : List.of(SchemaVersion.CURRENT.schemaFolder(), Crosswalks.folder())) {
      try (Stream<Path> files = Files.list(COMMITTED.resolve(folder))) {
        assertThat(files.map(f -> folder + f.getFileName()))
            .as("files in " + folder)
            .containsExactlyInAnyOrderElementsOf(generated.keySet().stream().filter(name -> name.startsWith(folder)).toList());
      }
    }
    StringBuilder diffs = new StringBuilder();
    for (Map.Entry<String, String> file : generated.entrySet()) {
      String committed = Files.readString(COMMITTED.resolve(file.getKey()), StandardCharsets.UTF_8);
      if (!committed.equals(file.getValue())) {
        List<String> before = committed.lines().toList();
        List<String> after = file.getValue().lines().toList();
        UnifiedDiffUtils.generateUnifiedDiff(
                "committed/" + file.getKey(), "generated/" + file.getKey(), before, DiffUtils.diff(before, after), 3)
            .forEach(line -> diffs.append(line).append('\n'));
      }
    }
    if (diffs.length() > 0) {
      fail(
          "The committed schemas or crosswalks differ from what the model generates. Regenerate them with\n"
              + "  mvn -B -q -Pregenerate-schemas -pl json-schema -am process-classes\n"
              + "and commit the result. The difference:\n"
              + diffs);
    }
  }
}
