package org.safeguarding.review.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.schema.DocumentValidator;

/**
 * docs/getting-started.md's programs, each ```java block a whole source file, compiled as they
 * stand there (imports and all, with every lint on) and run as a user runs them: in a JVM of their
 * own, on the library's class path.
 */
class GettingStartedTest {

  private static final Path GUIDE = Path.of("..", "docs", "getting-started.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME = Pattern.compile("^public class (\\w+)", Pattern.MULTILINE);

  /** What a program did: its exit status and what it printed on standard output. */
  private record Run(int status, String output) {}

  @Test
  void theProgramsCompileAsTheyStandAndWriteThenValidateADocument(@TempDir Path folder) throws Exception {
    Map<String, String> programs = programs(Files.readString(GUIDE, StandardCharsets.UTF_8));
    assertThat(programs.keySet()).containsExactly("WriteASummary", "ValidateAFile");
    Path classes = compile(programs, folder);
    Path summary = folder.resolve("summary.json");

    Run wrote = run(classes, "WriteASummary", summary);

    assertThat(wrote.status()).as(wrote.output()).isZero();
    assertThat(DocumentValidator.strict().validate(JsonInput.of(summary)).report().issues()).isEmpty();
    assertThat(run(classes, "ValidateAFile", summary)).isEqualTo(new Run(0, "valid: LEARNING_SUMMARY exampleshire-infant-a\n"));
  }

  @Test
  void theValidatingProgramPrintsWhatTheGuideSaysForABlankTitle(@TempDir Path folder) throws Exception {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    Path classes = compile(programs(guide), folder);
    Path summary = folder.resolve("summary.json");
    run(classes, "WriteASummary", summary);
    String written = Files.readString(summary, StandardCharsets.UTF_8);
    Path blank = folder.resolve("blank-title.json");
    Files.writeString(blank, written.replace("\"title\": \"Infant A\"", "\"title\": \" \""), StandardCharsets.UTF_8);
    assertThat(Files.readString(blank, StandardCharsets.UTF_8)).isNotEqualTo(written);

    Run invalid = run(classes, "ValidateAFile", blank);

    assertThat(invalid.status()).isEqualTo(1);
    Matcher shown = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL).matcher(guide);
    assertThat(shown.find()).isTrue();
    assertThat(invalid.output()).isEqualTo(shown.group(1));
  }

  /** Each ```java block of the guide, by the name of its public class. */
  private static Map<String, String> programs(String guide) {
    Map<String, String> programs = new LinkedHashMap<>();
    Matcher block = JAVA_BLOCK.matcher(guide);
    while (block.find()) {
      Matcher name = CLASS_NAME.matcher(block.group(1));
      assertThat(name.find()).as("a public class in %s", block.group(1)).isTrue();
      programs.put(name.group(1), block.group(1));
    }
    return programs;
  }

  /** Compiles the programs into {@code folder/classes}, failing on any error or warning. */
  private static Path compile(Map<String, String> programs, Path folder) throws IOException {
    Path sources = Files.createDirectories(folder.resolve("sources"));
    Path classes = Files.createDirectories(folder.resolve("classes"));
    List<File> files = new ArrayList<>();
    for (Map.Entry<String, String> program : programs.entrySet()) {
      files.add(Files.writeString(sources.resolve(program.getKey() + ".java"), program.getValue(), StandardCharsets.UTF_8).toFile());
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of("--release", "17", "-Xlint:all", "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
      boolean compiled = compiler.getTask(null, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromFiles(files)).call();
      assertThat(diagnostics.getDiagnostics()).as("javac's messages").isEmpty();
      assertThat(compiled).isTrue();
    }
    return classes;
  }

  /**
   * Runs a program with {@code file} as its argument in a JVM of its own, at most two minutes, and
   * keeps what it printed on standard output (the libraries' logs go to standard error).
   */
  private static Run run(Path classes, String program, Path file) throws IOException, InterruptedException {
    String classPath = classes + File.pathSeparator + System.getProperty("java.class.path");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path output = Files.createTempFile(classes.getParent(), program, ".out");
    Process process =
        new ProcessBuilder(java.toString(), "-cp", classPath, program, file.toString())
            .redirectOutput(output.toFile())
            .redirectError(Files.createTempFile(classes.getParent(), program, ".err").toFile())
            .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("%s ended", program).isTrue();
    return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
  }
}
