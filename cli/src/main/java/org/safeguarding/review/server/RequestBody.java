package org.safeguarding.review.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * A request's body, read within the request's time and the service's size ceiling: a body that
 * outgrows the ceiling is refused with 413, and one still being read when the time is up with 503.
 */
final class RequestBody extends InputStream {

  private final InputStream in;
  private final long deadline;
  private final long most;
  private long read;

  /**
   * @param in the body as sent
   * @param deadline when the request's time is up, as {@link System#nanoTime()} tells it
   * @param most the most bytes the body may hold
   */
  RequestBody(InputStream in, long deadline, long most) {
    this.in = in;
    this.deadline = deadline;
    this.most = most;
  }

  /** The whole body, a document. */
  byte[] document() {
    try {
      return readAllBytes();
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /** Reads what is left of the body and drops it; {@return whether it ended within the time and size} */
  boolean dropped() {
    try (this) {
      transferTo(OutputStream.nullOutputStream());
      return true;
    } catch (IOException | Problem e) {
      return false;
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (System.nanoTime() - deadline > 0) {
      throw timedOut();
    }
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      read += n;
      if (read > most) {
        throw tooLarge(most);
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  static Problem tooLarge(long most) {
    return new Problem(413, "body-too-large", "The body is too large", "the body is larger than the service's ceiling of " + most + " bytes");
  }

  static Problem timedOut() {
    return new Problem(503, "request-timeout", "The request took too long",
        "the request was not finished within the service's time per request; send it again, or smaller", Map.of("Retry-After", "1"));
  }

  /** A body that could not be read: cut short by the client, or too slow to arrive. */
  static Problem unreadable(IOException e) {
    if (e.getCause() instanceof TimeoutException) {
      return timedOut();
    }
    return new Problem(400, "unreadable-body", "The body could not be read", "the body ended before it was whole");
  }
}
