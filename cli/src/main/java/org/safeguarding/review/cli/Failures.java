package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** One-line descriptions of failures, for people; never a stack trace, never document content. */
final class Failures {

  private Failures() {}

  static String describe(Throwable failure) {
    if (failure instanceof UncheckedIOException unchecked) {
      return describe(unchecked.getCause());
    }
    if (failure instanceof FileSystemException system) {
      return system.getFile() + ": " + reason(failure);
    }
    return reason(failure);
  }

  /** What went wrong, without the file a file system failure names. */
  static String reason(Throwable failure) {
    if (failure instanceof InputException) {
      return failure.getMessage();
    }
    if (failure instanceof UncheckedIOException unchecked) {
      return reason(unchecked.getCause());
    }
    if (failure instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof FileSystemException system) {
      return system.getReason() != null ? system.getReason() : "cannot be read";
    }
    if (failure instanceof IOException io) {
      // The system's words, such as "Input/output error", never an exception's name.
      String reason = io.getMessage();
      return reason == null || reason.isBlank()
          ? "cannot be read: an input or output error"
          : "cannot be read: " + reason.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + reason.substring(1);
    }
    return "failed unexpectedly (" + failure.getClass().getSimpleName() + ")";
  }
}
