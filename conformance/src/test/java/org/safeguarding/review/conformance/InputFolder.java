package org.safeguarding.review.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A folder of the project's fixtures that the suite takes every input from, as {@code
 * src/assembly/suite.xml} does: where it is in the repository, where its inputs go in the zip,
 * and how an input of it is described.
 */
enum InputFolder {
  /** The hostile corpus of issue 7, each input described by its {@code .expected.json}. */
  HOSTILE("hostile", "core/src/test/resources/hostile", false),
  /** The JSON Schema's fixtures, valid, invalid and valid with warnings. */
  SCHEMA_V1("schema-v1", "json-schema/src/test/resources/v1", false),
  /** The example documents, all valid. */
  EXAMPLES("examples", "examples/documents", false),
  /** The command line tool's fixtures, with its NDJSON batch and the folders it walks. */
  CLI("cli", "cli/src/test/resources/fixtures", true),
  /** The PDF and Word tests' fixture. */
  RENDER_PRINT("render-print", "render-print/src/test/resources/fixtures", false);

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final String name;
  private final String folder;
  private final boolean nested;

  InputFolder(String name, String folder, boolean nested) {
    this.name = name;
    this.folder = folder;
    this.nested = nested;
  }

  /** The folder's name in the suite: its inputs are {@code inputs/NAME/...}, its cases {@code NAME/...}. */
  String suiteName() {
    return name;
  }

  /** The folder in the repository, from its root. */
  String repositoryFolder() {
    return folder;
  }

  /** The folder's inputs, in name order: JSON files (and NDJSON batches) but not expected outcomes. */
  List<SuiteInput> inputs(Path root) {
    Path base = root.resolve(folder);
    try (Stream<Path> files = nested ? Files.walk(base) : Files.list(base)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> isInput(f.getFileName().toString()))
          .map(f -> base.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .map(relative -> input(base, relative))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isInput(String fileName) {
    return (fileName.endsWith(".json") && !fileName.endsWith(".expected.json")) || fileName.endsWith(".ndjson");
  }

  private SuiteInput input(Path base, String relative) {
    String stem = relative.substring(0, relative.lastIndexOf('.'));
    return new SuiteInput(name + "/" + stem, "inputs/" + name + "/" + relative, base.resolve(relative), describe(base, stem));
  }

  private String describe(Path base, String stem) {
    String about = about(base.resolve(stem + ".expected.json"));
    return switch (this) {
      case HOSTILE -> about.isEmpty() ? "A hostile input." : about;
      case SCHEMA_V1 -> about.isEmpty() ? fromName(stem) : about;
      case EXAMPLES -> "The example document " + stem + ": valid.";
      case CLI -> "A fixture of the command line tool's tests: " + stem + ".";
      case RENDER_PRINT -> "A fixture of the PDF and Word tests: " + stem + ".";
    };
  }

  /** The {@code about} of an expected outcome, or nothing. */
  private static String about(Path expected) {
    if (!Files.exists(expected)) {
      return "";
    }
    JsonNode node = MAPPER.readTree(expected.toFile());
    return node.path("about").stringValue("");
  }

  /** {@code invalid-age-above-its-range}: "Invalid: age above its range." */
  private static String fromName(String stem) {
    int dash = stem.indexOf('-');
    String kind =
        switch (stem.substring(0, dash)) {
          case "valid" -> "Valid";
          case "invalid" -> "Invalid";
          case "warnings" -> "Valid with warnings";
          default -> throw new IllegalStateException("A schema fixture's name starts with valid-, invalid- or warnings-: " + stem);
        };
    return kind + ": " + stem.substring(dash + 1).replace('-', ' ').toLowerCase(Locale.ROOT) + ".";
  }
}
