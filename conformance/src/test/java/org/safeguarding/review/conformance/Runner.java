package org.safeguarding.review.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A runner of scripts/conformance, run as an integrator runs it: Python's or Node's. */
enum Runner {
  /** {@code python3 run_suite.py}, Python's standard library only. */
  PYTHON("python3", "run_suite.py"),
  /** {@code node run-suite.mjs}, Node's standard library and fetch only. */
  NODE("node", "run-suite.mjs");

  private final String interpreter;
  private final String script;

  Runner(String interpreter, String script) {
    this.interpreter = interpreter;
    this.script = script;
  }

  /** What one run printed, and its exit status. */
  record Run(int status, String output) {
    /** The lines that begin with {@code prefix}. */
    List<String> lines(String prefix) {
      return output.lines().filter(line -> line.startsWith(prefix)).toList();
    }
  }

  /** Whether the interpreter is on the PATH. */
  boolean available() {
    try {
      Process process = new ProcessBuilder(interpreter, "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs the runner in {@code folder} with {@code arguments}, standard error with standard output. */
  Run run(Path folder, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(interpreter, folder.resolve(script).toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(this + " did not finish");
    }
    return new Run(process.exitValue(), output);
  }
}
