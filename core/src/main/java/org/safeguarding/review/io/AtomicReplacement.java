package org.safeguarding.review.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a regular file whole or not at all: the content goes to a temporary file beside it, is
 * forced to the disk, and replaces the file in one rename, so that a reader sees the old content
 * or the new, never part of it, and a failure leaves the file as it was.
 */
final class AtomicReplacement {

  /** Writes the content to an output stream, which it must not close. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * What a new file is created with: read and write for everyone, which the system then narrows by
   * the umask (or by the folder's default access control list), as it does for every new file.
   */
  private static final FileAttribute<Set<PosixFilePermission>> NEW_FILE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"));

  private AtomicReplacement() {}

  /**
   * Creates or replaces {@code file} with the content.
   *
   * @param file a path that is not a symbolic link
   * @param keep the permissions of the file being replaced, or empty for a new file
   * @throws IOException if the content cannot be written; {@code file} is then unchanged
   */
  static void write(Path file, Optional<Set<PosixFilePermission>> keep, Content content) throws IOException {
    Path target = file.toAbsolutePath();
    boolean posix = target.getFileSystem().supportedFileAttributeViews().contains("posix");
    Path temporary =
        posix
            ? Files.createTempFile(target.getParent(), ".srm-", ".tmp", NEW_FILE)
            : Files.createTempFile(target.getParent(), ".srm-", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      if (posix && keep.isPresent() && !keep.get().equals(Files.getPosixFilePermissions(temporary))) {
        Files.setPosixFilePermissions(temporary, keep.get());
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
