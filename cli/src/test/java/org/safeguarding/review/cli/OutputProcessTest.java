package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.review.testing.OwnThread;
import org.safeguarding.review.testing.SpecialFiles;

/**
 * What only a process of its own shows: a real closed pipe, issues written while the input is
 * still open, standard output on a full device, the umask, a file size limit that stops a write
 * half-way, and {@code -o /dev/stdout}. Each test
 * runs srm in a new JVM; none is a timing test.
 */
@Tag("slow")
class OutputProcessTest {

  private static final String ESSEX = "../examples/documents/essex-learning-summary-child-hh-cc.json";

  @TempDir Path folder;

  @Test
  void aClosedPipeEndsTheBatchQuietlyWithStatus141BeforeTheRestIsRead() throws Exception {
    // About 20 MB. Even if this test were slow to close the pipe, srm would stop once its output
    // filled the pipe (64 KB of issue lines, about 2 MB of records), well below a quarter.
    byte[] batch = Batches.everyOtherRecordInvalid(20_000);
    Process srm = new ProcessBuilder(java("validate", "--ndjson", "-")).redirectError(folder.resolve("err.txt").toFile()).start();
    CompletableFuture<Long> fed = OwnThread.supply("feeding srm", () -> feed(srm.getOutputStream(), batch));

    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(srm.getInputStream(), StandardCharsets.UTF_8))) {
      lines.add(out.readLine());
      lines.add(out.readLine());
    }

    assertThat(srm.waitFor(2, TimeUnit.MINUTES)).as("srm ended").isTrue();
    assertThat(srm.exitValue()).isEqualTo(141);
    assertThat(folder.resolve("err.txt")).isEmptyFile();
    assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("<stdin>:").contains("[value.blank]"));
    assertThat(fed.get(1, TimeUnit.MINUTES)).as("bytes of the batch srm took before it ended").isLessThan(batch.length / 4L);
  }

  @Test
  void issuesOfABatchAreWrittenBeforeItsInputEnds() throws Exception {
    // Output is flushed once a chunk of records is reported, not at every line: the first lines
    // still come while standard input is open, and the rest once it is closed. Of 160 records, one
    // thread reports the first two chunks of 32 before the input ends: 32 issue lines, fewer than
    // fill the writer's buffer, so only a flush sends them.
    byte[] batch = Batches.everyOtherRecordInvalid(160);
    Process srm = new ProcessBuilder(java("validate", "--ndjson", "--threads", "1", "-")).redirectError(folder.resolve("err.txt").toFile()).start();
    String first;
    List<String> rest;
    OutputStream stdin = srm.getOutputStream();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(srm.getInputStream(), StandardCharsets.UTF_8))) {
      try {
        stdin.write(batch);
        stdin.flush();
        first = OwnThread.supply("reading srm", () -> readLine(out)).get(2, TimeUnit.MINUTES);
        assertThat(srm.isAlive()).as("srm still waits for the rest of its input").isTrue();
      } finally {
        // The end of srm's input, however the lines above end.
        stdin.close();
      }
      rest = out.lines().toList();
    }

    assertThat(srm.waitFor(2, TimeUnit.MINUTES)).as("srm ended").isTrue();
    assertThat(srm.exitValue()).isEqualTo(1);
    assertThat(first).startsWith("<stdin>:2:").contains("[value.blank]");
    assertThat(rest).hasSize(80).last().asString().startsWith("160 documents checked: 80 valid, 80 invalid");
  }

  @Test
  void standardOutputOnAFullDeviceIsAnErrorNotAValidReport() throws Exception {
    Result render = run(Redirect.to(SpecialFiles.FULL_DEVICE.toFile()), java("render", ESSEX));
    Result validate = run(Redirect.to(SpecialFiles.FULL_DEVICE.toFile()), java("validate", "--format", "json", "../examples/documents"));

    for (Result result : List.of(render, validate)) {
      assertThat(result.status()).isEqualTo(2);
      assertThat(result.err()).isEqualTo("srm: standard output: cannot be written, no space left on device\n");
    }
  }

  @Test
  void aNewFileHonoursTheUmaskAndAnExistingFileKeepsItsPermissions() throws Exception {
    Path existing = Files.writeString(folder.resolve("existing.html"), "old");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r--r--"));
    Path created = folder.resolve("created.html");

    Result replace = run(Redirect.DISCARD, inShell("umask 027", java("render", ESSEX, "-o", existing.toString())));
    Result create = run(Redirect.DISCARD, inShell("umask 027", java("render", ESSEX, "-o", created.toString())));

    assertThat(replace.status()).isZero();
    assertThat(create.status()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-r--r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rw-r-----");
    assertThat(created).content().startsWith("# Child HH and Child CC\n");
  }

  @Test
  void aWriteStoppedHalfWayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path page = Files.writeString(folder.resolve("page.html"), "the old page");

    // 4 blocks of 512 bytes: the 4 KB page stops half-way with "File too large".
    Result result = run(Redirect.DISCARD, inShell("ulimit -f 4", java("render", "--format", "html", ESSEX, "-o", page.toString())));

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("srm: " + page + ": cannot be written, file too large\n");
    assertThat(page).hasContent("the old page");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("page.html", "err.txt");
    }
  }

  @Test
  void devStdoutAppendsToTheFileStandardOutputIsOpenOn() throws Exception {
    Path log = Files.writeString(folder.resolve("log.md"), "earlier output\n");

    Result result = run(Redirect.appendTo(log.toFile()), java("render", ESSEX, "-o", "/dev/stdout"));

    assertThat(result.status()).isZero();
    assertThat(log).content().startsWith("earlier output\n# Child HH and Child CC\n");
  }

  private record Result(int status, String err) {}

  private Result run(Redirect stdout, List<String> command) throws IOException, InterruptedException {
    Path err = folder.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(stdout).redirectError(err.toFile()).start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("srm ended").isTrue();
    return new Result(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** srm in a new JVM without a performance data file, which a file size limit would stop. */
  private static List<String> java(String... args) {
    return SrmRunner.inNewJvm("-XX:-UsePerfData", args);
  }

  /** The command run by {@code sh} after a setting such as {@code umask 027}. */
  private static List<String> inShell(String setting, List<String> command) {
    List<String> shell = new ArrayList<>(List.of("sh", "-c", setting + " && exec \"$@\"", "sh"));
    shell.addAll(command);
    return shell;
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the batch to srm's standard input until srm has gone; returns how many bytes it took. */
  private static long feed(OutputStream stdin, byte[] batch) {
    int chunk = 8192;
    long written = 0;
    try (stdin) {
      for (int at = 0; at < batch.length; at += chunk) {
        int length = Math.min(chunk, batch.length - at);
        stdin.write(batch, at, length);
        written += length;
      }
    } catch (IOException e) {
      return written;
    }
    return written;
  }
}
