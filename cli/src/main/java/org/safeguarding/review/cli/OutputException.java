package org.safeguarding.review.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * An output that could not be written, standard output or a file, which ends the command: with
 * one line naming the output and the cause ("standard output: cannot be written, no space left on
 * device") and status 2, or quietly when the reader of a pipe has gone.
 *
 * <p>It is unchecked and distinct from the I/O errors of inputs, so that no command mistakes it
 * for a bad input and carries on.
 */
final class OutputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * What Linux and other Unix systems say when the reader of a pipe has gone (EPIPE); Java ignores
   * the SIGPIPE signal that would end a native tool, and gives the error only as this text.
   */
  private static final String BROKEN_PIPE = "Broken pipe";

  private final boolean readerGone;

  /**
   * @param output the output as the user knows it: "standard output" or the path given
   * @param cause the write error
   */
  OutputException(String output, IOException cause) {
    super(output + ": cannot be written, " + inWords(cause), cause);
    this.readerGone = BROKEN_PIPE.equals(cause.getMessage());
  }

  /** Whether the output was a pipe whose reader has gone, as when {@code head} has read enough. */
  boolean readerGone() {
    return readerGone;
  }

  private static String inWords(IOException cause) {
    if (cause instanceof NoSuchFileException) {
      return "the folder does not exist";
    }
    if (cause instanceof AccessDeniedException denied) {
      // The system gives no reason; srm's own refusals (a read-only file, another user's) do.
      return denied.getReason() != null ? denied.getReason() : "permission denied";
    }
    String reason = cause instanceof FileSystemException system ? system.getReason() : cause.getMessage();
    if (reason == null || reason.isBlank()) {
      return "an input or output error";
    }
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }
}
