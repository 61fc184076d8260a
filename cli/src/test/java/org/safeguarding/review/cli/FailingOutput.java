package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output that takes a number of bytes and then fails every write with the error a system
 * gives, such as "No space left on device" for a full disk or "Broken pipe" when the reader of a
 * pipe has gone.
 */
final class FailingOutput extends OutputStream {

  static final String DISK_FULL = "No space left on device";
  static final String BROKEN_PIPE = "Broken pipe";

  private final String error;
  private long room;
  private long failedWrites;

  FailingOutput(String error, long room) {
    this.error = error;
    this.room = room;
  }

  /** Fails from the first write. */
  static FailingOutput failing(String error) {
    return new FailingOutput(error, 0);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    if (length > room) {
      failedWrites++;
      throw new IOException(error);
    }
    room -= length;
  }

  long failedWrites() {
    return failedWrites;
  }
}
