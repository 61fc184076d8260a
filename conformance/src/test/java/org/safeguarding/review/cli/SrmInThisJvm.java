package org.safeguarding.review.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * Runs srm in this JVM, as its {@code main} would but without ending the JVM, with standard input
 * given as bytes: the conformance suite's reports are what srm's own entry point prints. It sits
 * in srm's package, in the suite's tests only, because that entry point is not public API.
 */
public final class SrmInThisJvm {

  /**
   * What one run printed, and its exit status.
   *
   * @param status the exit status
   * @param out what srm printed on standard output
   * @param err what srm printed on standard error
   */
  public record Run(int status, String out, String err) {}

  private SrmInThisJvm() {}

  /** Runs srm with {@code args}, reading {@code stdin} as its standard input. */
  public static Run run(byte[] stdin, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Srm.run(args.toArray(String[]::new), new ByteArrayInputStream(stdin), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }
}
