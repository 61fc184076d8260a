package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.review.testing.SpecialFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line's own handling of hostile input and output (issue 25, round two): {@code -o}
 * never writes where the shell's {@code >} would not, nor over an input, and {@code -} is standard
 * output; a folder's walk reports what it skips and never waits on a FIFO; an empty batch says so;
 * text for a terminal carries no control characters; out-of-range dates, closed standard input
 * and random bytes are plain messages.
 */
class HostileCommandLineTest {

  private static final String VALID = "src/test/resources/fixtures/valid-learning-summary.json";

  /** Far above the time any run needs; only a hang breaks it. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(2);

  @TempDir Path folder;

  /** The commands with {@code -o}, each writing {@code OUT} from the document {@code IN}. */
  private static String[] writing(String command, Path in, Path out) {
    return command.equals("render")
        ? new String[] {"render", in.toString(), "-o", out.toString()}
        : new String[] {"stats", in.toString(), "-o", out.toString()};
  }

  @ParameterizedTest
  @ValueSource(strings = {"render", "stats"})
  void aReadOnlyFileIsRefusedAndLeftAsItWas(String command) throws IOException {
    Path in = copyOfValid("in.json");
    Path out = Files.writeString(folder.resolve("out.txt"), "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));

    SrmRunner.Run run = SrmRunner.run(writing(command, in, out));

    assertThat(run.status()).isEqualTo(Srm.INPUT_ERROR);
    assertThat(run.err()).startsWith("srm: " + out + ": cannot be written").contains("read-only").hasLineCount(1);
    assertThat(out).hasContent("old");
  }

  @ParameterizedTest
  @ValueSource(strings = {"render", "stats"})
  void aFileOfAnotherUserIsRefusedSayingWhy(String command) throws IOException {
    Path in = copyOfValid("in.json");
    Path out = Files.writeString(folder.resolve("out.txt"), "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-rw-"));
    UserPrincipal owner = Files.getOwner(out);
    String user = System.getProperty("user.name");

    // Giving a file away needs root: srm takes another user's name instead, so the file is another's to it.
    System.setProperty("user.name", owner.getName().equals("nobody") ? "root" : "nobody");
    SrmRunner.Run run;
    try {
      run = SrmRunner.run(writing(command, in, out));
    } finally {
      System.setProperty("user.name", user);
    }

    assertThat(run.status()).isEqualTo(Srm.INPUT_ERROR);
    assertThat(run.err()).startsWith("srm: " + out + ": cannot be written").contains("another user").hasLineCount(1);
    assertThat(out).hasContent("old");
    assertThat(Files.getOwner(out)).isEqualTo(owner);
  }

  @ParameterizedTest
  @ValueSource(strings = {"render", "stats"})
  void theInputIsNeverWrittenOverByItsNameALinkOrAnotherPath(String command) throws IOException {
    Path in = copyOfValid("in.json");
    byte[] before = Files.readAllBytes(in);
    Path link = Files.createSymbolicLink(folder.resolve("link.md"), in.getFileName());
    Files.createDirectory(folder.resolve("sub"));

    for (Path out : List.of(in, link, folder.resolve("sub/../in.json"))) {
      SrmRunner.Run run = SrmRunner.run(writing(command, in, out));

      assertThat(run.status()).as(out.toString()).isEqualTo(Srm.INPUT_ERROR);
      assertThat(run.err()).as(out.toString()).startsWith("srm: " + out + ": ").hasLineCount(1);
      assertThat(run.out()).isEmpty();
      assertThat(in).hasBinaryContent(before);
    }
  }

  @Test
  void statsRefusesToWriteOverAFileOfTheFolderItReads() throws IOException {
    Path in = copyOfValid("in.json");
    byte[] before = Files.readAllBytes(in);

    SrmRunner.Run run = SrmRunner.run("stats", "--format", "json", folder.toString(), "-o", in.toString());

    assertThat(run.status()).isEqualTo(Srm.INPUT_ERROR);
    assertThat(in).hasBinaryContent(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"render", "stats"})
  void dashIsStandardOutput(String command) throws IOException {
    Path in = copyOfValid("in.json");
    SrmRunner.Run toStdout = SrmRunner.run(command, in.toString());

    SrmRunner.Run run = SrmRunner.run(command, in.toString(), "-o", "-");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isNotEmpty().isEqualTo(toStdout.out());
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void aPdfGoesToStandardOutputWithDash() throws IOException {
    SrmRunner.Run run = SrmRunner.run("render", "--format", "pdf", VALID, "-o", "-");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("%PDF-");
    assertThat(Path.of("-")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aFolderWalkReportsBrokenLinksLoopsAndFifosAndChecksTheRest(boolean ndjson) throws Exception {
    String extension = ndjson ? ".ndjson" : ".json";
    String valid = Files.readString(Path.of(VALID));
    Files.writeString(folder.resolve("a-valid" + extension), ndjson ? valid.replaceAll("\\s*\\n\\s*", "") + "\n" : valid);
    Files.createSymbolicLink(folder.resolve("dangling" + extension), Path.of("nowhere"));
    Files.createSymbolicLink(folder.resolve("loop" + extension), Path.of("loop" + extension));
    SpecialFiles.fifo(folder.resolve("fifo" + extension));
    List<String> skipped = List.of("dangling", "fifo", "loop");
    String[] args = ndjson
        ? new String[] {"validate", "--ndjson", folder.toString()}
        : new String[] {"validate", folder.toString()};
    String[] asJson = ndjson
        ? new String[] {"validate", "--ndjson", "--format", "json", folder.toString()}
        : new String[] {"validate", "--format", "json", folder.toString()};

    SrmRunner.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> SrmRunner.run(args));
    SrmRunner.Run json = assertTimeoutPreemptively(HANG_GUARD, () -> SrmRunner.run(asJson));

    assertThat(run.status()).isEqualTo(Srm.INPUT_ERROR);
    assertThat(run.err().lines().toList())
        .hasSize(skipped.size())
        .zipSatisfy(skipped, (line, name) -> assertThat(line).startsWith("srm: " + folder.resolve(name + extension) + ": "));
    assertThat(run.out()).doesNotContain("0 valid").contains("1 valid");
    List<String> unreadable = new ArrayList<>();
    for (JsonNode entry : JsonMapper.shared().readTree(json.out())) {
      assertThat(entry.get("code").stringValue()).isEqualTo(IssueWriter.UNREADABLE);
      unreadable.add(entry.get("file").stringValue());
    }
    assertThat(unreadable).containsExactlyElementsOf(skipped.stream().map(name -> folder.resolve(name + extension).toString()).toList());
  }

  /**
   * A subfolder that cannot be listed is reported with its path, and the rest is checked. Root
   * lists any folder, so as root srm runs in a JVM of its own without the capabilities that let it.
   */
  @Test
  void anUnreadableSubfolderIsReportedAndTheRestIsChecked() throws Exception {
    Files.copy(Path.of(VALID), folder.resolve("a-valid.json"));
    Path locked = Files.createDirectory(folder.resolve("locked"));
    Files.copy(Path.of(VALID), locked.resolve("inside.json"));
    Files.copy(Path.of(VALID), folder.resolve("z-valid.json"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      SrmRunner.Run run = Files.isReadable(locked)
          ? withoutRootsReading("validate", folder.toString())
          : SrmRunner.run("validate", folder.toString());

      assertThat(run.status()).isEqualTo(Srm.INPUT_ERROR);
      assertThat(run.err()).startsWith("srm: " + locked + ": ").contains("permission denied").hasLineCount(1);
      assertThat(run.out()).contains("2 documents checked: 2 valid");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** srm in a JVM of its own, as root without the capabilities to read what its permissions forbid. */
  private SrmRunner.Run withoutRootsReading(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
    command.addAll(SrmRunner.inNewJvm("-XX:-UsePerfData", args));
    Path err = Files.createTempFile("srm-err", ".txt");
    try {
      Process srm = new ProcessBuilder(command).redirectError(err.toFile()).start();
      String out = new String(srm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(srm.waitFor(2, TimeUnit.MINUTES)).isTrue();
      return new SrmRunner.Run(srm.exitValue(), out, Files.readString(err));
    } finally {
      Files.delete(err);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n  \n\t\r\n"})
  void anEmptyBatchSaysNoRecordsWereRead(String batch) throws IOException {
    Path file = Files.writeString(folder.resolve("empty.ndjson"), batch);

    SrmRunner.Run text = SrmRunner.run("validate", "--ndjson", file.toString());
    SrmRunner.Run json = SrmRunner.run("validate", "--ndjson", "--format", "json", file.toString());
    SrmRunner.Run piped = SrmRunner.withInput(batch, "validate", "--ndjson", "-");

    assertThat(text.status()).isZero();
    assertThat(text.out()).hasLineCount(1).startsWith("0 documents checked").contains("no records");
    assertThat(piped.out()).isEqualTo(text.out());
    assertThat(json.status()).isZero();
    assertThat(JsonMapper.shared().readTree(json.out()).isArray()).isTrue();
    assertThat(JsonMapper.shared().readTree(json.out()).isEmpty()).isTrue();
  }

  @Test
  void markdownOnStandardOutputCarriesNoControlCharactersAndAFileKeepsThem() throws IOException {
    String hostile = "\u001b]0;title\u0007 \u001b[31mred \u009b31m \u202eevil";
    Path in = Files.writeString(folder.resolve("in.json"),
        Files.readString(Path.of(VALID)).replace("\"title\": \"", "\"title\": \"" + escaped(hostile)));
    Path file = folder.resolve("out.md");

    for (String format : List.of("markdown", "html")) {
      SrmRunner.Run run = SrmRunner.run("render", "--format", format, in.toString());

      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out().chars()).as(format).noneMatch(HostileCommandLineTest::actsOnATerminal).contains((int) '\n');
      assertThat(run.out()).contains("\\u001B");
    }
    assertThat(SrmRunner.run("render", in.toString(), "-o", file.toString()).status()).isZero();
    // The file is Markdown as rendered, its punctuation escaped for Markdown, its control characters as they are.
    assertThat(Files.readString(file)).contains("\u001b").contains("\u009b").contains("\u202e");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-20", "-0001-01-01", "+10000-01-01"})
  void aDateOutOfRangeIsAUsageError(String date) {
    SrmRunner.Run run = SrmRunner.run("deadlines", "--aware", date);

    assertThat(run.status()).isEqualTo(Srm.INPUT_ERROR);
    assertThat(run.err()).contains("out of range").doesNotContain("unexpectedly").doesNotContain("Exception").hasLineCount(1);
  }

  @Test
  void theLastDayOfTheRangeHasASchedule() {
    assertThat(SrmRunner.run("deadlines", "--aware", "9999-12-31").status()).isZero();
  }

  /** Bytes from a seeded random source read as a batch: plain issues for every line, never an exception's name. */
  @ParameterizedTest
  @ValueSource(strings = {"1", "2"})
  void randomBytesAsABatchArePlainIssues(String threads) throws IOException {
    byte[] noise = new byte[300_000];
    new Random(25).nextBytes(noise);
    Path file = Files.write(folder.resolve("noise.ndjson"), noise);

    SrmRunner.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> SrmRunner.run("validate", "--ndjson", "--threads", threads, file.toString()));

    assertThat(run.status()).isEqualTo(Srm.INVALID);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).doesNotContain("Exception").doesNotContain("unexpectedly");
    List<String> lines = run.out().lines().toList();
    assertThat(lines.subList(0, lines.size() - 1)).allMatch(line -> line.startsWith(file + ":") && line.contains(" ERROR ") && line.contains(" [json."));
  }

  /** A JVM started with descriptor 0 closed opens a file of its own there; srm does not read it as the document. */
  @Test
  void closedStandardInputIsSaidToBeClosed() throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" <&-", "sh"));
    command.addAll(SrmRunner.inNewJvm("-XX:-UsePerfData", "validate", "-"));
    Process srm = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(srm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(srm.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(srm.exitValue()).as(output).isEqualTo(Srm.INPUT_ERROR);
    assertThat(output).contains("standard input is closed").doesNotContain("Exception").doesNotContain("json.");
  }

  private static boolean actsOnATerminal(int c) {
    return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c == 0x202E;
  }

  /** {@code text} as a JSON string's content, every character outside printable ASCII escaped. */
  private static String escaped(String text) {
    StringBuilder json = new StringBuilder();
    for (char c : text.toCharArray()) {
      json.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return json.toString();
  }

  private Path copyOfValid(String name) throws IOException {
    return Files.copy(Path.of(VALID), folder.resolve(name));
  }
}
