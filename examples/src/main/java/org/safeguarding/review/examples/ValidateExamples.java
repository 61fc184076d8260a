package org.safeguarding.review.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.schema.DocumentValidator;
import org.safeguarding.review.validation.ValidationReport;

/**
 * Validates every JSON document in a folder with the full {@link DocumentValidator} (JSON Schema,
 * Bean Validation and domain rules) and prints the report of each: the main job of the quick
 * start, run by {@code mvn -B -q -DskipTests -Pvalidate-examples verify}.
 */
public final class ValidateExamples {

  /** Hibernate Validator announces its version at INFO; the report is all this job prints. */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private ValidateExamples() {}

  /**
   * Validates the documents in the folder given as the only argument.
   *
   * @throws IllegalStateException if a document is invalid, so that the build fails
   */
  public static void main(String[] args) {
    HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/documents");
    int invalid = 0;
    List<Path> files = jsonFiles(folder);
    for (Path file : files) {
      ReadResult<ReviewDocument> result = DocumentValidator.strict().validate(file);
      ValidationReport report = result.report();
      String type = result.document().map(d -> d.getDocumentType().getJsonName()).orElse("?");
      System.out.printf(
          "%s %s (%s): %d errors, %d warnings%n",
          result.isValid() ? "VALID  " : "INVALID",
          folder.relativize(file),
          type,
          report.errors().size(),
          report.warnings().size());
      report.issues().forEach(issue -> System.out.println("    " + issue));
      if (!result.isValid()) {
        invalid++;
      }
    }
    System.out.printf("%d documents, %d valid, %d invalid%n", files.size(), files.size() - invalid, invalid);
    if (invalid > 0) {
      throw new IllegalStateException(invalid + " example documents are invalid");
    }
  }

  private static List<Path> jsonFiles(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
