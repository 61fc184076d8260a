package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * An output stream that turns every write error into an {@link OutputException}, which ends the
 * command. A {@link PrintWriter} (like {@code System.out}, a {@code PrintStream}) swallows the
 * I/O errors of what it writes to, so that a full disk or a closed pipe would go unnoticed; an
 * unchecked exception passes through it.
 */
final class StrictOutput extends OutputStream {

  private final String name;
  private final OutputStream out;

  private StrictOutput(String name, OutputStream out) {
    this.name = name;
    this.out = out;
  }

  /**
   * A buffered UTF-8 writer whose write errors end the command; what is written goes out when the
   * buffer fills and when the writer is flushed, which commands do after each document or chunk of
   * records they report on, and srm does at the end.
   *
   * @param name the output as the user knows it, such as "standard output"
   * @param out where the text goes, unbuffered or flushed by the writer
   */
  static PrintWriter printWriter(String name, OutputStream out) {
    return new PrintWriter(new OutputStreamWriter(new StrictOutput(name, out), StandardCharsets.UTF_8), false);
  }

  /**
   * An unbuffered stream whose write errors end the command, for bytes such as a PDF.
   *
   * @param name the output as the user knows it, such as "standard output"
   * @param out where the bytes go
   */
  static OutputStream stream(String name, OutputStream out) {
    return new StrictOutput(name, out);
  }

  @Override
  public void write(int b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new OutputException(name, e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw new OutputException(name, e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new OutputException(name, e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new OutputException(name, e);
    }
  }
}
