package org.safeguarding.review.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs srm in this JVM with given arguments and standard input, capturing what it prints. */
final class SrmRunner {

  /** What one run printed, and its exit status. */
  record Run(int status, String out, String err) {}

  private SrmRunner() {}

  static Run withInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Srm.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return withInput("", args);
  }

  /**
   * Runs srm with standard output going to {@code stdout} through the checks of the real standard
   * output ({@link StrictOutput}); {@link Run#out()} is then empty.
   */
  static Run toOutput(OutputStream stdout, InputStream stdin, String... args) {
    StringWriter err = new StringWriter();
    int status = Srm.run(args, stdin, StrictOutput.printWriter("standard output", stdout), new PrintWriter(err, true));
    return new Run(status, "", err.toString());
  }
}
