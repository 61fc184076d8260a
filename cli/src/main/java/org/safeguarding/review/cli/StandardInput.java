package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The process's standard input, or, when srm was started with it closed ({@code srm validate -
 * <&-}), a stream that says so when read. The JVM opens files of its own as it starts, and the
 * first takes descriptor 0 when it is free: reading it would check the JVM's own file as the
 * document. On Linux the descriptor's path tells; elsewhere standard input is taken as it is.
 */
final class StandardInput {

  private static final Path DESCRIPTOR_0 = Path.of("/proc/self/fd/0");

  private StandardInput() {}

  /** {@return {@code stdin}, or a stream whose reads fail with an {@link InputException} if standard input was closed} */
  static InputStream of(InputStream stdin) {
    return isClosed() ? new Closed() : stdin;
  }

  private static boolean isClosed() {
    if (!Files.isDirectory(DESCRIPTOR_0.getParent())) {
      return false;
    }
    try {
      Path open = Files.readSymbolicLink(DESCRIPTOR_0);
      return open.isAbsolute() && open.startsWith(Path.of(System.getProperty("java.home")).toRealPath());
    } catch (NoSuchFileException e) {
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Standard input that was closed when srm started. */
  private static final class Closed extends InputStream {
    @Override
    public int read() {
      throw closed();
    }

    @Override
    public int read(byte[] bytes, int offset, int length) {
      throw closed();
    }

    private static InputException closed() {
      return new InputException("<stdin>: standard input is closed; give a file, or send the document to srm through a pipe");
    }
  }
}
