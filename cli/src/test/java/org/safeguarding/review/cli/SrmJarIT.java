package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged runnable jar, {@code cli/target/srm.jar}, works on its own, and the launcher
 * beside it, {@code cli/target/srm}, runs it with the class-data-sharing archive the build made.
 */
class SrmJarIT {

  private static final Path JAR = Path.of("target/srm.jar");
  private static final Path LAUNCHER = Path.of("target/srm");

  record Result(int status, String out, String err) {}

  @Test
  void theJarValidatesTheExamples() throws Exception {
    Result result = java("validate", "../examples/documents");

    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).endsWith("32 documents checked: 32 valid, 0 invalid; 0 errors, 9 warnings\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void theJarNamesItsVersionAndRendersHtml() throws Exception {
    assertThat(java("--version").out()).startsWith("srm ").contains("schema version 1.0.0");
    Result html = java("render", "--format", "html", "../examples/documents/temporary-accommodation-audit-briefing.json");
    assertThat(html.out()).contains("<h1>Temporary Accommodation Audit</h1>");
  }

  @Test
  void theJarRendersPdfAndWord(@TempDir Path folder) throws Exception {
    Path pdf = folder.resolve("briefing.pdf");
    Path docx = folder.resolve("briefing.docx");
    String briefing = "../examples/documents/exampleshire-seven-minute-briefing.json";

    Result printed = java("render", briefing, "--format", "pdf", "--layout", "seven-minute", "-o", pdf.toString());
    Result word = java("render", briefing, "--format", "docx", "--layout", "seven-minute", "-o", docx.toString());

    assertThat(printed).isEqualTo(new Result(0, "", ""));
    assertThat(word).isEqualTo(new Result(0, "", ""));
    assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-").contains("/StructTreeRoot");
    try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
      assertThat(zip.getEntry("word/document.xml")).isNotNull();
      assertThat(zip.getEntry("word/numbering.xml")).isNotNull();
    }
  }

  @Test
  void aMissingFileIsOneLineOnStandardErrorWithStatus2() throws Exception {
    Result result = java("validate", "no-such-file.json");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("srm: no-such-file.json: no such file or folder\n");
  }

  @Test
  void theJarHoldsOneLicenceOneNoticeAndNamesEveryLibraryItBundles() throws Exception {
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      List<String> names = jar.stream().map(ZipEntry::getName).toList();
      assertThat(names).containsOnlyOnce("META-INF/LICENSE", "META-INF/NOTICE", "META-INF/THIRD-PARTY.txt")
          .noneMatch(name -> name.equalsIgnoreCase("META-INF/LICENSE.txt") || name.equalsIgnoreCase("META-INF/NOTICE.txt"));
      assertThat(read(jar, "META-INF/LICENSE")).isEqualTo(Files.readString(Path.of("../LICENSE")));
      assertThat(read(jar, "META-INF/NOTICE")).contains(Files.readString(Path.of("../NOTICE")).strip());
      String thirdParty = read(jar, "META-INF/THIRD-PARTY.txt");
      List<String> bundled = names.stream()
          .filter(name -> name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties"))
          .map(name -> name.split("/"))
          .map(parts -> parts[2] + ":" + parts[3])
          .filter(library -> !library.startsWith("org.safeguarding.review:"))
          .toList();
      assertThat(bundled).hasSizeGreaterThan(10);
      assertThat(bundled).allSatisfy(library -> assertThat(thirdParty).contains(library + " "));
    }
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void theLauncherPrintsWhatTheJarPrints() throws Exception {
    Result jar = java("validate", "../examples/documents");
    Result launcher = launcher(Map.of(), "validate", "../examples/documents");

    assertThat(launcher).isEqualTo(jar);
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void theLauncherLoadsTheToolsClassesFromTheArchive() throws Exception {
    Result result = launcher(Map.of("JAVA_OPTS", "-Xlog:class+load=info"), "validate", "../examples/documents");

    assertThat(result.status()).isEqualTo(0);
    // The dynamic archive srm.jsa on Java 17 ("shared objects file (top)"); the build's
    // ahead-of-time cache on Java 25 or later ("shared objects file").
    assertThat(result.out()).containsPattern("org\\.safeguarding\\.review\\.cli\\.\\S+ source: shared objects file");
  }

  /**
   * A single check gets only the quick compiler (tier 1), a batch and the service the full one
   * (tier 4): the JVM's final flags, printed by {@code -version} in {@code JAVA_OPTS}, which ends
   * the JVM before srm starts.
   */
  @ParameterizedTest
  @CsvSource({"validate a.json, 1", "validate --ndjson a.ndjson, 4", "serve --port 8080, 4", "--limit report-issues=5 serve, 4"})
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void theLauncherGivesEachCommandItsCompiler(String arguments, int tier) throws Exception {
    Result result = launcher(Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal -version"), arguments.split(" "));

    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).containsPattern("\\bTieredStopAtLevel\\s+= " + tier + "\\b");
  }

  /**
   * On Java 25 or later (as CI builds), the first run records and a process in the background makes
   * an ahead-of-time cache, which the next run starts from; on an earlier Java no cache is made.
   * Either way the launcher prints what the jar prints.
   */
  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void theLauncherMakesAnAheadOfTimeCacheOnTheFirstRunWhereTheJvmIs25OrLater(@TempDir Path folder) throws Exception {
    Path launcher = launcherAndJarOnly(folder);
    Path caches = folder.resolve("cache");
    Result jar = java("validate", "../examples/documents");

    Result first = launcher(launcher, Map.of("XDG_CACHE_HOME", caches.toString()), "validate", "../examples/documents");

    assertThat(first).isEqualTo(jar);
    if (Runtime.version().feature() < 25) {
      assertThat(caches).doesNotExist();
      return;
    }
    Path cache = waitForCache(caches.resolve("srm"));
    Result second =
        launcher(launcher, Map.of("XDG_CACHE_HOME", caches.toString(), "JAVA_OPTS", "-Xlog:class+load=info"), "validate", "../examples/documents");
    assertThat(cache.getFileName().toString()).endsWith(".aot");
    assertThat(second.status()).isEqualTo(0);
    assertThat(second.out()).containsPattern("org\\.safeguarding\\.review\\.cli\\.\\S+ source: shared objects file");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void whereNoCacheCanBeMadeTheLauncherRunsAsTheJarDoes(@TempDir Path folder) throws Exception {
    Path notAFolder = Files.writeString(folder.resolve("file"), "");

    Result launcher = launcher(launcherAndJarOnly(folder), Map.of("XDG_CACHE_HOME", notAFolder.toString()), "validate", "../examples/documents");

    assertThat(launcher).isEqualTo(java("validate", "../examples/documents"));
  }

  /** A copy of the launcher in a folder of its own with the jar and no archive or cache, as a user might copy them. */
  private static Path launcherAndJarOnly(Path folder) throws IOException {
    Path bin = Files.createDirectories(folder.resolve("bin"));
    Files.copy(JAR, bin.resolve("srm.jar"));
    return Files.copy(LAUNCHER, bin.resolve("srm"));
  }

  /** The one cache file the launcher's process in the background makes, once it is there. */
  private static Path waitForCache(Path folder) throws IOException, InterruptedException {
    for (int i = 0; i < 600; i++) {
      if (Files.isDirectory(folder)) {
        try (var files = Files.list(folder)) {
          List<Path> made = files.filter(file -> file.getFileName().toString().matches("srm-\\d+\\.aot")).toList();
          if (!made.isEmpty()) {
            return made.get(0);
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no cache was made in " + folder);
  }

  private static String read(ZipFile jar, String name) throws IOException {
    try (var in = jar.getInputStream(jar.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(command, Map.of());
  }

  /** Runs the launcher on the JVM running this test, as it runs on the JVM Maven runs on. */
  private static Result launcher(Map<String, String> environment, String... args) throws IOException, InterruptedException {
    return launcher(LAUNCHER, environment, args);
  }

  /** Runs a launcher on the JVM running this test. */
  private static Result launcher(Path launcher, Map<String, String> environment, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    Map<String, String> withJavaHome = new HashMap<>(environment);
    withJavaHome.put("JAVA_HOME", System.getProperty("java.home"));
    return run(command, withJavaHome);
  }

  private static Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
    Path out = Files.createTempFile("srm-out", ".txt");
    Path err = Files.createTempFile("srm-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
