package org.safeguarding.review.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.safeguarding.review.io.FileOutput;

/**
 * The file a command's {@code -o} names, written as {@link FileOutput} writes it: {@code -} is
 * standard output, as for other tools, and a file that is one of the command's inputs is refused
 * before anything is read, so that {@code render x.json -o x.json} cannot replace its own input.
 */
final class OutputFile {

  private OutputFile() {}

  /** {@return whether output goes to standard output: no {@code -o}, or {@code -o -}} */
  static boolean isStandardOutput(Path output) {
    return output == null || output.toString().equals("-");
  }

  /**
   * Refuses an output file that is one of the inputs, compared as files (through links and other
   * names for the same file), not as names.
   *
   * @throws InputException if {@code output} is the same file as an input
   */
  static void refuseInputs(Path output, List<Inputs.Input> inputs) {
    if (isStandardOutput(output) || !Files.exists(output)) {
      return;
    }
    for (Inputs.Input input : inputs) {
      if (!input.isStdin() && isSameFile(output, input.path())) {
        throw new InputException(output + ": is the input " + input.name() + "; write to another file");
      }
    }
  }

  private static boolean isSameFile(Path output, Path input) {
    try {
      return Files.isSameFile(output, input);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Writes {@code bytes} to {@code output} as {@link FileOutput} does.
   *
   * @throws OutputException if the file cannot be written, naming it as the user gave it
   */
  static void write(Path output, byte[] bytes) {
    try {
      FileOutput.write(output, bytes);
    } catch (IOException e) {
      throw new OutputException(output.toString(), e);
    }
  }
}
