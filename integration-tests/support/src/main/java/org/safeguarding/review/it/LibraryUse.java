package org.safeguarding.review.it;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.examples.ExampleDocuments;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.schema.DocumentValidator;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.validation.ConstraintEngine;
import org.safeguarding.review.validation.ModelValidator;

/**
 * What every test application does with the library: reads the Essex example document, validates
 * it with the model validator and the full document validator, writes it to a file and compares
 * the bytes, and has a broken copy reported. Each step that does not give what it should throws
 * {@link IllegalStateException}, so that the application fails.
 */
public final class LibraryUse {

  /** The JSON Pointer of the property the broken copy breaks. */
  public static final String BROKEN_POINTER = "/title";

  private LibraryUse() {}

  /** The example document's bytes, as published in srm-examples. */
  public static byte[] exampleBytes() {
    return ExampleDocuments.bytes(ExampleDocuments.ESSEX_LEARNING_SUMMARY);
  }

  /**
   * Reads, validates and writes the example document into {@code folder}.
   *
   * @return the document read
   */
  public static LearningSummary readValidateAndWrite(Path folder) throws IOException {
    byte[] bytes = exampleBytes();
    ReviewJson json = ReviewJson.strict().withPrettyPrinting();

    LearningSummary summary = json.read(JsonInput.of(bytes), LearningSummary.class);
    require(Standard.validator().validate(summary).isValid(), "the model validator finds the example valid");
    require(
        Standard.validator().withValidator(ConstraintEngine.bundledValidator()).validate(summary).isValid(),
        "the model validator with the bundled Hibernate Validator finds the example valid");
    require(DocumentValidator.strict().validate(JsonInput.of(bytes)).isValid(), "the document validator finds the example valid");

    Path file = folder.resolve("essex.json");
    json.write(summary, file);
    require(Arrays.equals(Files.readAllBytes(file), bytes), "the document written is the example, byte for byte");
    require(json.read(JsonInput.of(file), LearningSummary.class).equals(summary), "the file written reads back equal");

    ReadResult<ReviewDocument> broken = DocumentValidator.strict().validate(JsonInput.of(withBlankTitle(bytes)));
    require(!broken.isValid(), "a blank title is invalid");
    require(
        broken.report().errors().stream().map(issue -> issue.pointer().toString()).anyMatch(BROKEN_POINTER::equals),
        "the blank title is reported at " + BROKEN_POINTER);
    return summary;
  }

  private static byte[] withBlankTitle(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String broken = text.replace("\"title\": \"Child HH and Child CC\"", "\"title\": \" \"");
    require(!broken.equals(text), "the example has the title the broken copy replaces");
    return broken.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Checks that an application's own Bean Validation validator sees the model's constraints: the
   * example is valid, and a blank title is reported at {@code title}.
   *
   * @param validator the application's validator
   * @param summary the example, read
   */
  public static void validateWithTheApplicationsValidator(Validator validator, LearningSummary summary) {
    require(validator.validate(summary).isEmpty(), "the application's validator finds the example valid");
    Set<ConstraintViolation<LearningSummary>> violations =
        validator.validate(LearningSummary.builder().from(summary).title(" ").build());
    require(
        violations.stream().anyMatch(v -> v.getPropertyPath().toString().equals("title")),
        "the application's validator sees the model's constraint on the title");
  }

  /** Throws {@link IllegalStateException} naming {@code what} unless it holds. */
  public static void require(boolean holds, String what) {
    if (!holds) {
      throw new IllegalStateException("Expected: " + what);
    }
  }
}
