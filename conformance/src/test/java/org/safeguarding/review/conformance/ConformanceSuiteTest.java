package org.safeguarding.review.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.standard.IssueCodes;

/**
 * The committed suite in {@code src/suite} is what srm gives today, so that it cannot drift from
 * the library: its manifest and every expected report are made again from the fixtures with
 * {@code srm validate} and compared. After a deliberate change of the reports, write them again
 * with {@code mvn -pl conformance test -Dsrm.conformance.update=true} and review the difference.
 */
class ConformanceSuiteTest {

  private static final Path ROOT = Path.of("..");
  private static final Path COMMITTED = Path.of("src/suite");

  private static Suite suite;

  @BeforeAll
  static void checkTheFixtures() {
    suite = Suite.of(ROOT);
  }

  @Test
  void theCommittedSuiteIsWhatSrmValidateGives() throws IOException {
    SortedMap<String, String> files = suite.files();
    if (Boolean.getBoolean("srm.conformance.update")) {
      write(files);
    }
    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path committed = COMMITTED.resolve(file.getKey());
      if (!Files.exists(committed) || !Files.readString(committed, StandardCharsets.UTF_8).equals(file.getValue())) {
        differing.add(file.getKey());
      }
    }
    assertThat(differing).as("files of src/suite that srm gives otherwise (-Dsrm.conformance.update=true writes them)").isEmpty();
    assertThat(committedFiles()).as("the files of src/suite").isEqualTo(new TreeSet<>(files.keySet()));
  }

  @Test
  void everyInputIsCheckedStrictlyAndTheExamplesAndValidFixturesAreValid() {
    List<SuiteCase> strict = suite.cases().stream().filter(c -> c.options().equals(CaseOptions.STRICT)).toList();
    long inputs = InputFolder.ALL.stream().mapToLong(folder -> folder.inputs(ROOT).size()).sum();
    assertThat(strict).hasSize((int) inputs);
    assertThat(strict).filteredOn(c -> c.id().startsWith("examples/")).isNotEmpty().allMatch(SuiteCase::valid, "valid");
    assertThat(strict).filteredOn(c -> c.id().startsWith("schema-v1/valid-")).isNotEmpty().allMatch(c -> c.report().isEmpty(), "no issue");
    assertThat(strict).filteredOn(c -> c.id().startsWith("schema-v1/invalid-")).isNotEmpty().noneMatch(SuiteCase::valid);
    assertThat(strict)
        .filteredOn(c -> c.id().startsWith("schema-v1/warnings-"))
        .isNotEmpty()
        .allMatch(c -> c.valid() && c.count("WARNING") > 0, "valid with warnings");
    assertThat(strict).filteredOn(c -> c.input().ndjson()).isNotEmpty();
  }

  @Test
  void leniencyAndLimitsChangeTheReports() {
    List<SuiteCase> lenient = suite.cases().stream().filter(c -> c.options().equals(CaseOptions.LENIENT)).toList();
    assertThat(lenient).as("inputs read otherwise when lenient").isNotEmpty();
    assertThat(suite.cases())
        .filteredOn(c -> !c.options().limits().isEmpty())
        .isNotEmpty()
        .allMatch(
            c -> c.codes().stream().map(IssueCodes::fromText).flatMap(Optional::stream).anyMatch(code -> code.category() == IssueCategory.LIMIT),
            "a limit reached");
  }

  @Test
  void theZipGathersTheFoldersTheSuiteIsMadeFrom() throws IOException {
    String descriptor = Files.readString(Path.of("src/assembly/suite.xml"));
    for (InputFolder folder : InputFolder.ALL) {
      assertThat(descriptor)
          .as(folder.suiteName())
          .containsPattern("<directory>\\$\\{project.basedir}/\\.\\./" + folder.repositoryFolder() + "</directory>\\s*"
              + "<outputDirectory>inputs/" + folder.suiteName() + "</outputDirectory>");
    }
  }

  @Test
  void theDocumentationCountsTheCases() throws IOException {
    String page = Files.readString(ROOT.resolve("docs/conformance.md")).replaceAll("\\s+", " ");
    assertThat(page).contains("That makes " + suite.cases().size() + " cases");
    for (InputFolder folder : InputFolder.ALL) {
      long cases = suite.cases().stream().filter(c -> c.id().startsWith(folder.suiteName() + "/")).count();
      assertThat(page).containsPattern("\\| `" + folder.suiteName() + "` \\| `" + folder.repositoryFolder() + "`[^|]*\\| " + cases + " \\|");
    }
  }

  private static TreeSet<String> committedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(COMMITTED)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> COMMITTED.relativize(f).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static void write(SortedMap<String, String> files) throws IOException {
    Path expected = COMMITTED.resolve("expected");
    if (Files.exists(expected)) {
      try (Stream<Path> old = Files.walk(expected)) {
        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = COMMITTED.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
