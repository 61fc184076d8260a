package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs named on a command line: files, folders searched recursively, and {@code -} for
 * standard input. A name that cannot be used is reported on standard error as one line, and the
 * other inputs are still read.
 */
final class Inputs {

  /** One input: a file, or standard input. */
  record Input(String name, Path path) {

    /** Standard input. */
    static Input stdin() {
      return new Input("<stdin>", null);
    }

    boolean isStdin() {
      return path == null;
    }

    /** Opens the input; the caller closes it (closing standard input is harmless here). */
    InputStream open(InputStream stdin) throws IOException {
      return isStdin() ? stdin : Files.newInputStream(path);
    }
  }

  /** A name that could not be used, and why. */
  record Problem(String name, String reason) {}

  private final List<Input> inputs = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private Inputs() {}

  /**
   * Expands the names given: a folder stands for the files below it that end in {@code .json},
   * or, for NDJSON batches, in {@code .ndjson} or {@code .jsonl}. Problems are reported on {@code
   * err}.
   */
  static Inputs expand(List<String> names, boolean ndjson, PrintWriter err) {
    Inputs result = new Inputs();
    for (String name : names) {
      if (name.equals("-")) {
        result.inputs.add(Input.stdin());
        continue;
      }
      Path path = Path.of(name);
      if (!Files.exists(path)) {
        result.error(err, name, "no such file or folder");
      } else if (Files.isDirectory(path)) {
        List<Path> found = find(path, ndjson);
        if (found.isEmpty()) {
          result.error(err, name, "the folder holds no " + (ndjson ? ".ndjson or .jsonl" : ".json") + " files");
        }
        found.forEach(file -> result.inputs.add(new Input(file.toString(), file)));
      } else if (!Files.isReadable(path)) {
        result.error(err, name, "permission denied");
      } else {
        result.inputs.add(new Input(name, path));
      }
    }
    return result;
  }

  /** The inputs that can be read, in the order named, each folder's files sorted. */
  List<Input> inputs() {
    return inputs;
  }

  /** How many names could not be used. */
  int errors() {
    return problems.size();
  }

  /** The names that could not be used, in the order named. */
  List<Problem> problems() {
    return problems;
  }

  private void error(PrintWriter err, String name, String reason) {
    err.println("srm: " + name + ": " + reason);
    problems.add(new Problem(name, reason));
  }

  private static List<Path> find(Path folder, boolean ndjson) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> {
            String name = file.getFileName().toString();
            return ndjson ? name.endsWith(".ndjson") || name.endsWith(".jsonl") : name.endsWith(".json");
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
