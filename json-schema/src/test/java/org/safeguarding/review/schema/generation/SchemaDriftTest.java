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

/**
 * The committed schemas are exactly what the current model generates. When the model changes,
 * this test fails with a diff; run the regeneration command in the README and commit the result.
 */
class SchemaDriftTest {

  private static final Path COMMITTED = Path.of("src/main/resources").resolve(SchemaVersion.CURRENT.schemaFolder());

  @Test
  void committedSchemasMatchTheModel() throws Exception {
    Map<String, String> generated = new SchemaGenerator().generate();

    try (Stream<Path> files = Files.list(COMMITTED)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("schema files")
          .containsExactlyInAnyOrderElementsOf(generated.keySet());
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
          "The committed schemas differ from what the model generates. Regenerate them with\n"
              + "  mvn -B -q -Pregenerate-schemas -pl json-schema -am process-classes\n"
              + "and commit the result. The difference:\n"
              + diffs);
    }
  }
}
