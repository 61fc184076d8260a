package org.safeguarding.review.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A folder of the project's fixtures that the suite takes every input from, as {@code
 * src/assembly/suite.xml} does: where it is in the repository, where its inputs go in the zip,
 * and how an input of it is described.
 *
 * @param suiteName the folder's name in the suite: its inputs are {@code inputs/NAME/...}, its
 *     cases {@code NAME/...}
 * @param repositoryFolder the folder in the repository, from its root
 * @param nested whether inputs in folders below it count too
 * @param description describes an input from its name without extension and the {@code about}
 *     of its {@code .expected.json}, if it has one
 */
record InputFolder(String suiteName, String repositoryFolder, boolean nested, BinaryOperator<String> description) {

  /** Every folder, in the manifest's order. */
  static final List<InputFolder> ALL =
      List.of(
          // The hostile corpus of issue 7, each input described by its .expected.json.
          new InputFolder("hostile", "core/src/test/resources/hostile", false, (stem, about) -> about.isEmpty() ? "A hostile input." : about),
          // The JSON Schema's fixtures, valid, invalid and valid with warnings.
          new InputFolder("schema-v1", "json-schema/src/test/resources/v1", false, (stem, about) -> about.isEmpty() ? fromName(stem) : about),
          new InputFolder("examples", "examples/documents", false, (stem, about) -> "The example document " + stem + ": valid."),
          // The command line tool's fixtures, with its NDJSON batch and the folders it walks.
          new InputFolder("cli", "cli/src/test/resources/fixtures", true, (stem, about) -> "A fixture of the command line tool's tests: " + stem + "."),
          new InputFolder("render-print", "render-print/src/test/resources/fixtures", false, (stem, about) -> "A fixture of the PDF and Word tests: " + stem + "."));

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The folder's inputs, in name order: JSON files (and NDJSON batches) but not expected outcomes. */
  List<SuiteInput> inputs(Path root) {
    Path base = root.resolve(repositoryFolder);
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
    String about = about(base.resolve(stem + ".expected.json"));
    return new SuiteInput(
        suiteName + "/" + stem, "inputs/" + suiteName + "/" + relative, base.resolve(relative), description.apply(stem, about));
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
