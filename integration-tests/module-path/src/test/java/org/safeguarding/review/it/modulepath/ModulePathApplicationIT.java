package org.safeguarding.review.it.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The modular application run as its users run one: {@code java --module-path ... --module ...},
 * its own classes and every runtime dependency on the module path, nothing on the class path.
 */
class ModulePathApplicationIT {

  private static final String MODULE = "org.safeguarding.review.it.modulepath";
  private static final Path EXAMPLE = Path.of("..", "..", "examples", "documents", "essex-learning-summary-child-hh-cc.json");

  @Test
  void readsWritesAndValidatesOnTheModulePath() throws Exception {
    String modulePath = Path.of("target", "classes") + File.pathSeparator
        + Files.readString(Path.of("target", "runtime-classpath.txt"), StandardCharsets.UTF_8).strip();
    Path output = Files.createTempFile(Path.of("target"), "module-path", ".out");
    Path errors = Files.createTempFile(Path.of("target"), "module-path", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath,
                "--module", MODULE + "/" + ModulePathApplication.class.getName(),
                EXAMPLE.toString())
            .redirectOutput(output.toFile())
            .redirectError(errors.toFile());
    builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CLASSPATH"));
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    List<String> printed = Files.readAllLines(output).stream().filter(line -> line.startsWith("app: ")).toList();

    assertThat(process.exitValue()).as(() -> String.join("\n", printed) + "\n" + read(errors)).isZero();
    assertThat(printed)
        .containsExactly(
            "app: read back equal true",
            "app: /title value.blank",
            "app: modules " + MODULE + " org.safeguarding.review tools.jackson.databind");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
