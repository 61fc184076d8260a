package org.safeguarding.review.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a failure never leaves a partial file: the content goes to a temporary file
 * beside the target, which then replaces the target in one move.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes {@code content} to {@code file}, replacing it if it exists.
   *
   * @throws IOException if the file cannot be written; the target is then unchanged
   */
  public static void write(Path file, byte[] content) throws IOException {
    Path target = file.toAbsolutePath();
    Path temporary = Files.createTempFile(target.getParent(), ".srm-", ".tmp");
    try {
      Files.write(temporary, content);
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
