package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distributions a user without Maven downloads, unpacked into a folder of their own, run the
 * quick start: {@code srm-VERSION.tar.gz} and {@code .zip} on the Java running this test. {@link
 * SelfContainedDistributionIT} runs the self-contained one; the helpers here serve both.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class DistributionIT {

  static final String VERSION = System.getProperty("srm.version");
  static final String FOLDER = "srm-" + VERSION;
  static final Path TARGET = Path.of("target");
  static final String SUMMARY = "32 documents checked: 32 valid, 0 invalid; 0 errors, 9 warnings\n";

  /** A finished run of a command. */
  record Result(int status, String out, String err) {}

  @Test
  void theTarballRunsTheQuickStartOnTheJavaOfJavaHome(@TempDir Path unpacked) throws Exception {
    Path home = untar(TARGET.resolve(FOLDER + ".tar.gz"), unpacked);

    Result result = run(home, Map.of("JAVA_HOME", System.getProperty("java.home"), "PATH", System.getenv("PATH")), home.resolve("bin/srm").toString(), "validate", "examples");

    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).endsWith(SUMMARY);
    assertThat(result.err()).isEmpty();
    assertThat(Files.readString(home.resolve("README.txt"))).as("what README.txt says the last line is").contains(SUMMARY.strip());
  }

  @Test
  void theZipHoldsWhatTheTarballHoldsAndItsJarRunsAlone(@TempDir Path unpacked) throws Exception {
    Path fromTar = untar(TARGET.resolve(FOLDER + ".tar.gz"), unpacked.resolve("tar"));
    Path fromZip = unzip(TARGET.resolve(FOLDER + ".zip"), unpacked.resolve("zip"));

    assertThat(files(fromZip)).isEqualTo(files(fromTar)).contains(
        "LICENSE", "NOTICE", "README.txt", "THIRD-PARTY.txt", "bin/srm", "bin/srm.cmd", "lib/srm.jar",
        "examples/essex-learning-summary-child-hh-cc.json");
    assertThat(files(fromZip).stream().filter(name -> name.startsWith("examples/"))).hasSize(exampleDocuments());
    assertThat(Files.readString(fromZip.resolve("bin/srm.cmd"))).contains("\r\n");
    assertThat(Files.isExecutable(fromTar.resolve("bin/srm"))).isTrue();

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Result result = run(fromZip, Map.of("PATH", System.getenv("PATH")), java, "-jar", "lib/srm.jar", "validate", "examples");
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).endsWith(SUMMARY);
  }

  static Map<String, String> withJavaOpts(Map<String, String> environment, String options) {
    Map<String, String> result = new HashMap<>(environment);
    result.put("JAVA_OPTS", options);
    return result;
  }

  /** A folder holding the few tools the launcher uses, each a script that runs the real one, and no java. */
  static Path toolsWithoutJava(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (String tool : List.of("dirname", "readlink", "cat", "mv", "rm")) {
      Path found = Stream.of(System.getenv("PATH").split(":"))
          .map(directory -> Path.of(directory, tool))
          .filter(Files::isExecutable)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no " + tool + " on the path"));
      Path script = folder.resolve(tool);
      Files.writeString(script, "#!/bin/sh\nexec '" + found + "' \"$@\"\n");
      assertThat(script.toFile().setExecutable(true)).isTrue();
    }
    return folder;
  }

  static Path untar(Path tarball, Path into) throws Exception {
    Files.createDirectories(into);
    Result result = run(into, Map.of("PATH", System.getenv("PATH")), "tar", "-xzf", tarball.toAbsolutePath().toString());
    assertThat(result.status()).as(result.err()).isZero();
    return into.resolve(FOLDER);
  }

  static Path unzip(Path zip, Path into) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Path target = into.resolve(entry.getName()).normalize();
        assertThat(target.startsWith(into)).as(entry.getName()).isTrue();
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, target);
        }
      }
    }
    return into.resolve(FOLDER);
  }

  static TreeSet<String> files(Path home) throws IOException {
    try (Stream<Path> walk = Files.walk(home)) {
      return walk.filter(Files::isRegularFile).map(file -> home.relativize(file).toString()).collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
    }
  }

  /** Runs a command in {@code folder} with only the environment given. */
  static Result run(Path folder, Map<String, String> environment, String... command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("srm-out", ".txt");
    Path err = Files.createTempFile("srm-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)))
          .directory(folder.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      builder.environment().clear();
      builder.environment().putAll(environment);
      Process process = builder.start();
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The example documents the repository holds, which each archive carries. */
  private static int exampleDocuments() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "examples", "documents"))) {
      return (int) files.filter(file -> file.toString().endsWith(".json")).count();
    }
  }
}
