package org.safeguarding.review.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** FIFOs, devices and open files for tests of output, as Linux offers them. */
public final class SpecialFiles {

  /** A device that takes no data: every write fails with "No space left on device". */
  public static final Path FULL_DEVICE = Path.of("/dev/full");

  private SpecialFiles() {}

  /** Makes a named pipe (FIFO) with {@code mkfifo}. */
  public static Path fifo(Path file) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(mkfifo.exitValue()).as("mkfifo's status").isZero();
    return file;
  }

  /** Reads a FIFO whole on another thread, from when a writer opens it until the writer closes it. */
  public static CompletableFuture<byte[]> readInBackground(Path fifo) {
    return OwnThread.supply("reading " + fifo.getFileName(), () -> {
      try {
        return Files.readAllBytes(fifo);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** What is at the path itself, without following a symbolic link. */
  public static BasicFileAttributes kind(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The {@code /proc/self/fd/N} link of a channel this process has open on {@code file}: the
   * process's open file, which {@code /dev/stdout} is for standard output.
   */
  public static Path openFileLink(FileChannel open, Path file) throws IOException {
    assertThat(open.isOpen()).isTrue();
    Path real = file.toRealPath();
    try (Stream<Path> links = Files.list(Path.of("/proc/self/fd"))) {
      return links.filter(link -> pointsTo(link, real)).findFirst().orElseThrow();
    }
  }

  private static boolean pointsTo(Path link, Path file) {
    try {
      return Files.readSymbolicLink(link).equals(file);
    } catch (IOException e) {
      return false;
    }
  }
}
