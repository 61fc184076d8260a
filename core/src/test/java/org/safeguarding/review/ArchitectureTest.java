package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's packages depend one way, as ARCHITECTURE.md draws them: the pointer, the report and
 * the model at the bottom, the metadata above them, the checks above that, validation beside the
 * checks, the standard configuration above both, and the JSON codec on top. No main code anywhere tells issue codes apart by their text.
 */
class ArchitectureTest {

  private static final String BASE = "org.safeguarding.review";
  private static final Path SOURCES = Path.of("src/main/java/org/safeguarding/review");

  /** Each package and the packages of the core it may import; "" is the model. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("pointer", Set.of()),
          Map.entry("report", Set.of("pointer")),
          Map.entry("", Set.of("pointer", "report")),
          Map.entry("io", Set.of()),
          Map.entry("metadata", Set.of("", "pointer", "report")),
          Map.entry("check", Set.of("", "pointer", "report", "metadata")),
          Map.entry("rules", Set.of("", "pointer", "report", "metadata", "check")),
          Map.entry("timescale", Set.of("", "pointer", "report", "metadata", "check")),
          Map.entry("privacy", Set.of("", "pointer", "report", "metadata", "check")),
          Map.entry("validation", Set.of("", "pointer", "report", "metadata", "check")),
          Map.entry("standard", Set.of("", "pointer", "report", "metadata", "check", "rules", "timescale", "privacy", "validation")),
          Map.entry("json", Set.of("", "pointer", "report", "metadata", "check", "validation", "standard", "io")),
          Map.entry("render", Set.of("", "pointer", "metadata", "check")),
          Map.entry("stats", Set.of("", "pointer", "metadata", "check", "privacy")));

  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?" + Pattern.quote(BASE) + "((?:\\.[a-z]+)*)\\.[A-Z]", Pattern.MULTILINE);

  @Test
  void packagesDependOneWay() throws IOException {
    Map<String, Set<String>> actual = new TreeMap<>();
    for (Path file : sources(SOURCES)) {
      String from = packageOf(file);
      Matcher matcher = IMPORT.matcher(Files.readString(file));
      while (matcher.find()) {
        String to = matcher.group(1).isEmpty() ? "" : matcher.group(1).substring(1);
        if (!to.equals(from)) {
          actual.computeIfAbsent(from, p -> new TreeSet<>()).add(to);
        }
      }
    }
    assertThat(ALLOWED.keySet()).as("every package has its place").containsAll(actual.keySet());
    actual.forEach((from, to) -> assertThat(ALLOWED.get(from)).as("what '" + from + "' imports").containsAll(to));
  }

  @Test
  void noMainCodeTellsIssueCodesApartByTheirText() throws IOException {
    Pattern byText = Pattern.compile("(?:code|getCode)\\(\\)\\s*\\.\\s*(?:text\\(\\)\\s*\\.\\s*)?(?:startsWith|equals|contains|endsWith|matches)\\(");
    List<String> found = new ArrayList<>();
    for (String module : List.of("../core", "../json-schema", "../cli")) {
      for (Path file : sources(Path.of(module, "src/main/java"))) {
        String text = Files.readString(file);
        if (byText.matcher(text).find()) {
          found.add(file.toString());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  private static String packageOf(Path file) {
    Path folder = SOURCES.relativize(file.getParent());
    return folder.toString().replace('/', '.');
  }

  private static List<Path> sources(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}
