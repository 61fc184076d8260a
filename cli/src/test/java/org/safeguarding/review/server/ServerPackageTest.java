package org.safeguarding.review.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service's package sits below the command line's, as ARCHITECTURE.md says: it imports nothing
 * of {@code .cli}, which starts it and gives it its verdicts.
 */
class ServerPackageTest {

  @Test
  void theServerImportsNothingOfTheCommandLine() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/safeguarding/review/server"))) {
      sources = files.filter(file -> file.toString().endsWith(".java")).toList();
    }

    assertThat(sources).hasSizeGreaterThan(5).allSatisfy(file ->
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("import org.safeguarding.review.cli."));
  }
}
