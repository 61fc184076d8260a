package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged runnable jar, {@code cli/target/srm.jar}, works on its own. */
class SrmJarIT {

  private static final Path JAR = Path.of("target/srm.jar");

  record Result(int status, String out, String err) {}

  @Test
  void theJarValidatesTheExamples() throws Exception {
    Result result = java("validate", "../examples/documents");

    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).endsWith("14 documents checked: 14 valid, 0 invalid; 0 errors, 9 warnings\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void theJarNamesItsVersionAndRendersHtml() throws Exception {
    assertThat(java("--version").out()).startsWith("srm ").contains("schema version 1.0.0");
    Result html = java("render", "--format", "html", "../examples/documents/temporary-accommodation-audit-briefing.json");
    assertThat(html.out()).contains("<h1>Temporary Accommodation Audit</h1>");
  }

  @Test
  void aMissingFileIsOneLineOnStandardErrorWithStatus2() throws Exception {
    Result result = java("validate", "no-such-file.json");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("srm: no-such-file.json: no such file or folder\n");
  }

  private static Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("srm-out", ".txt");
    Path err = Files.createTempFile("srm-err", ".txt");
    try {
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
