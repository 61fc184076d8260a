package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.testing.SpecialFiles;

/**
 * Every write to standard output or to {@code -o} is checked: a write error ends the command with
 * one line and status 2, a closed pipe ends it quietly with 141, and {@code -o} treats each kind
 * of path as {@code FileOutput} does. Run in this JVM with outputs that fail as a system's do;
 * {@link OutputProcessTest} has the real pipes, devices and limits.
 */
class OutputTest {

  private static final String ESSEX = "../examples/documents/essex-learning-summary-child-hh-cc.json";
  private static final String DISK_FULL_LINE = "srm: standard output: cannot be written, no space left on device\n";

  static Stream<Arguments> everyCommandThatWritesToStandardOutput() {
    return Stream.of(
        Arguments.of((Object) new String[] {"render", ESSEX}),
        Arguments.of((Object) new String[] {"render", "--format", "html", ESSEX}),
        Arguments.of((Object) new String[] {"validate", "../examples/documents"}),
        Arguments.of((Object) new String[] {"validate", "--format", "json", "../examples/documents"}),
        Arguments.of((Object) new String[] {"validate", "--ndjson", "--threads", "2", "src/test/resources/fixtures/batch.ndjson"}),
        Arguments.of((Object) new String[] {"schema", "RapidReview"}),
        Arguments.of((Object) new String[] {"schema", "--list"}),
        Arguments.of((Object) new String[] {"stats", "--format", "json", "../examples/documents"}),
        Arguments.of((Object) new String[] {"deadlines", "--aware", "2026-04-02", "--notified", "2026-04-02"}),
        Arguments.of((Object) new String[] {"--help"}),
        Arguments.of((Object) new String[] {"--version"}),
        Arguments.of((Object) new String[] {"help", "validate"}),
        Arguments.of((Object) new String[] {"render", "--help"}));
  }

  @ParameterizedTest
  @MethodSource("everyCommandThatWritesToStandardOutput")
  void aFullDiskIsOneLineNamingStandardOutputAndTheCauseWithStatus2(String[] args) {
    SrmRunner.Run run = SrmRunner.toOutput(FailingOutput.failing(FailingOutput.DISK_FULL), InputStream.nullInputStream(), args);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(DISK_FULL_LINE);
  }

  @ParameterizedTest
  @MethodSource("everyCommandThatWritesToStandardOutput")
  void aFullDiskAfterPartOfTheOutputStillFails(String[] args) {
    SrmRunner.Run run = SrmRunner.toOutput(new FailingOutput(FailingOutput.DISK_FULL, 20), InputStream.nullInputStream(), args);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(DISK_FULL_LINE);
  }

  @Test
  void validDocumentsAreNotReportedValidWhenTheReportCannotBeWritten() {
    SrmRunner.Run written = SrmRunner.run("validate", "--format", "json", "../examples/documents");
    SrmRunner.Run lost =
        SrmRunner.toOutput(FailingOutput.failing("Input/output error"), InputStream.nullInputStream(), "validate", "--format", "json", "../examples/documents");

    assertThat(written.status()).isEqualTo(0);
    assertThat(lost.status()).isEqualTo(2);
    assertThat(lost.err()).isEqualTo("srm: standard output: cannot be written, input/output error\n");
  }

  @Test
  void aClosedPipeEndsTheBatchQuietlyWithoutReadingTheRestOfIt() {
    byte[] batch = Batches.everyOtherRecordInvalid(4_000);
    CountingInput stdin = new CountingInput(batch);
    FailingOutput pipe = new FailingOutput(FailingOutput.BROKEN_PIPE, 200);

    SrmRunner.Run run = SrmRunner.toOutput(pipe, stdin, "validate", "--ndjson", "--threads", "2", "-");

    assertThat(run.status()).isEqualTo(141);
    assertThat(run.err()).isEmpty();
    assertThat(pipe.failedWrites()).as("writes after the pipe closed").isPositive();
    assertThat(stdin.bytesRead()).as("bytes of the batch read").isLessThan(batch.length / 4);
  }

  @Test
  void outputToASymbolicLinkWritesItsTargetAndKeepsTheLink(@TempDir Path folder) throws Exception {
    Path target = Files.writeString(folder.resolve("target.html"), "old");
    Path link = Files.createSymbolicLink(folder.resolve("link.html"), Path.of("target.html"));

    SrmRunner.Run run = SrmRunner.run("render", "--format", "html", ESSEX, "-o", link.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(SpecialFiles.kind(link).isSymbolicLink()).isTrue();
    assertThat(target).content().contains("<h1>Child HH and Child CC</h1>");
  }

  @Test
  void outputToAFifoIsWrittenDirectlyAndTheFifoStays(@TempDir Path folder) throws Exception {
    Path fifo = SpecialFiles.fifo(folder.resolve("pipe"));
    CompletableFuture<byte[]> read = SpecialFiles.readInBackground(fifo);

    SrmRunner.Run run = SrmRunner.run("render", ESSEX, "-o", fifo.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(new String(read.get(1, TimeUnit.MINUTES), StandardCharsets.UTF_8)).startsWith("# Child HH and Child CC\n");
    assertThat(SpecialFiles.kind(fifo).isOther()).isTrue();
  }

  @Test
  void outputToAFullDeviceNamesItAndTheCauseAndLeavesTheDevice() throws Exception {
    SrmRunner.Run run = SrmRunner.run("render", ESSEX, "-o", SpecialFiles.FULL_DEVICE.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("srm: /dev/full: cannot be written, no space left on device\n");
    assertThat(SpecialFiles.kind(SpecialFiles.FULL_DEVICE).isOther()).isTrue();
  }

  @Test
  void anExisting0644FileStays0644(@TempDir Path folder) throws Exception {
    Path page = Files.writeString(folder.resolve("page.html"), "old");
    Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-r--r--"));

    SrmRunner.Run run = SrmRunner.run("render", "--format", "html", ESSEX, "-o", page.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(page))).isEqualTo("rw-r--r--");
    assertThat(page).content().contains("<h1>Child HH and Child CC</h1>");
  }

  @Test
  void aNewFileGetsThePermissionsOfAnyNewFile(@TempDir Path folder) throws Exception {
    Path byTheSystem = Files.createFile(folder.resolve("made-by-the-system"));
    Path page = folder.resolve("page.html");

    SrmRunner.Run run = SrmRunner.run("render", ESSEX, "-o", page.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(Files.getPosixFilePermissions(page)).isEqualTo(Files.getPosixFilePermissions(byTheSystem));
  }

  @Test
  void outputToAFolderIsRefusedInOneLine(@TempDir Path folder) {
    SrmRunner.Run run = SrmRunner.run("render", ESSEX, "-o", folder.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("srm: " + folder + ": cannot be written, is a folder\n");
    assertThat(folder).isEmptyDirectory();
  }

  /** Standard input that counts the bytes read from it. */
  private static final class CountingInput extends ByteArrayInputStream {
    CountingInput(byte[] bytes) {
      super(bytes);
    }

    long bytesRead() {
      return pos;
    }
  }
}
