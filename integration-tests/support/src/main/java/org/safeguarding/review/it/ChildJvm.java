package org.safeguarding.review.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a test application as a user runs it: in a JVM of its own (the one running the tests), on
 * the application's runtime class path only (its classes and the jars the build listed in {@code
 * target/runtime-classpath.txt}), and captures its standard output and error.
 */
public final class ChildJvm {

  /** How the applications start the lines they print themselves; every other line is a log's. */
  public static final String APP = "app: ";

  /** Where the build writes the application's runtime class path (maven-dependency-plugin). */
  public static final Path CLASS_PATH_FILE = Path.of("target", "runtime-classpath.txt");

  /** What a run gave: its exit status and the lines it wrote to standard output and error. */
  public record Run(int status, List<String> out, List<String> err) {

    /** Every line of both streams. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>(out);
      lines.addAll(err);
      return lines;
    }

    /** The lines the application did not print itself: the logs of it and its libraries. */
    public List<String> logLines() {
      return lines().stream().filter(line -> !line.startsWith(APP)).toList();
    }

    /** The versions the application printed ({@link ArtifactVersions}), by artifact. */
    public Map<String, String> versions() {
      return out.stream()
          .filter(line -> line.startsWith(ArtifactVersions.PREFIX))
          .map(line -> line.substring(ArtifactVersions.PREFIX.length()).split(" ", 2))
          .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
    }

    @Override
    public String toString() {
      return "status " + status + "\n--- standard output:\n" + String.join("\n", out)
          + "\n--- standard error:\n" + String.join("\n", err);
    }
  }

  private ChildJvm() {}

  /** Runs {@code mainClass} with {@code args} and waits for it, at most five minutes. */
  public static Run run(String mainClass, String... args) throws IOException, InterruptedException {
    return run(List.of(), mainClass, args);
  }

  /** Runs {@code mainClass} with {@code args} in a JVM started with {@code jvmOptions}. */
  public static Run run(List<String> jvmOptions, String mainClass, String... args) throws IOException, InterruptedException {
    String classPath = Path.of("target", "classes") + File.pathSeparator
        + Files.readString(CLASS_PATH_FILE, StandardCharsets.UTF_8).strip();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classPath, mainClass));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("app-out", ".txt");
    Path err = Files.createTempFile("app-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      // Options from the environment would make the JVM itself write to standard error.
      builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
      Process process = builder.start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(mainClass + " did not finish within five minutes");
      }
      return new Run(process.exitValue(), Files.readAllLines(out), Files.readAllLines(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
