package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The inputs named on a command line: files, folders searched recursively, and {@code -} for
 * standard input. A name that cannot be used is reported on standard error as one line, and the
 * other inputs are still read. A folder's walk reports what it cannot read or will not open (a
 * subfolder it may not list, a link to nothing or a loop of links, a FIFO, device or socket with a
 * document's name, which it never opens, so never waits on) and carries on with the rest.
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
        int before = result.problems.size();
        List<Path> found = result.find(path, ndjson, err);
        if (found.isEmpty() && result.problems.size() == before) {
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

  /**
   * The files below {@code folder} with a document's name, sorted; what cannot be read or opened
   * is reported with its path. Links to folders are not followed, as before.
   */
  private List<Path> find(Path folder, boolean ndjson, PrintWriter err) {
    List<Path> found = new ArrayList<>();
    List<Problem> skipped = new ArrayList<>();
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (isDocumentName(file, ndjson)) {
            kind(file, attributes).ifPresentOrElse(
                reason -> skipped.add(new Problem(file.toString(), reason)), () -> found.add(file));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          skipped.add(new Problem(file.toString(), Failures.reason(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      skipped.add(new Problem(folder.toString(), Failures.reason(e)));
    }
    skipped.sort(Comparator.comparing(Problem::name));
    skipped.forEach(problem -> error(err, problem.name(), problem.reason()));
    found.sort(null);
    return found;
  }

  private static boolean isDocumentName(Path file, boolean ndjson) {
    String name = file.getFileName().toString();
    return ndjson ? name.endsWith(".ndjson") || name.endsWith(".jsonl") : name.endsWith(".json");
  }

  /**
   * Why a file with a document's name is not read, or empty when it is a regular file (itself or
   * at the end of its links) to read.
   */
  private static Optional<String> kind(Path file, BasicFileAttributes attributes) {
    BasicFileAttributes target = attributes;
    if (attributes.isSymbolicLink()) {
      try {
        target = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        return Optional.of("a link to nothing: what it points to does not exist");
      } catch (AccessDeniedException e) {
        return Optional.of("a link to what cannot be read: permission denied");
      } catch (FileSystemException e) {
        // Java says "too many levels of symbolic links" (ELOOP) in words of its own.
        return Optional.of("a loop of links, or a chain too long to follow");
      } catch (IOException e) {
        return Optional.of(Failures.reason(e));
      }
    }
    if (target.isRegularFile()) {
      return Optional.empty();
    }
    if (target.isDirectory()) {
      return Optional.of("a link to a folder, which is not followed");
    }
    return Optional.of("not a regular file (a FIFO, device or socket), so it is not read");
  }
}
