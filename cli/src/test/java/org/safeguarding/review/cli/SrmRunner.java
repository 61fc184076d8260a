package org.safeguarding.review.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
   * The command that runs srm with {@code args} in a JVM of its own, on this test's class path,
   * with one JVM option, such as a heap size.
   */
  static List<String> inNewJvm(String jvmOption, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        jvmOption,
        "-cp", System.getProperty("java.class.path"),
        Srm.class.getName()));
    command.addAll(List.of(args));
    return command;
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
