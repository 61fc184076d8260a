package org.safeguarding.review.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.ReviewJson;

/**
 * The example documents shipped in this jar: the two seed documents the project started from, and
 * a fictional rapid review. Useful as test data for tools that read the model.
 */
public final class ExampleDocuments {

  /** The Essex learning summary for Child HH and Child CC. */
  public static final String ESSEX_LEARNING_SUMMARY = "essex-learning-summary-child-hh-cc.json";

  /** The temporary accommodation audit briefing. */
  public static final String TEMPORARY_ACCOMMODATION_AUDIT = "temporary-accommodation-audit-briefing.json";

  /** A fictional rapid review from the invented Exampleshire partnership. */
  public static final String EXAMPLESHIRE_RAPID_REVIEW = "exampleshire-rapid-review.json";

  private static final String FOLDER = "/org/safeguarding/review/examples/documents/";

  private ExampleDocuments() {}

  /** The file names of every example document. */
  public static List<String> names() {
    return List.of(ESSEX_LEARNING_SUMMARY, TEMPORARY_ACCOMMODATION_AUDIT, EXAMPLESHIRE_RAPID_REVIEW);
  }

  /** The JSON bytes of the example document {@code name}, one of {@link #names()}. */
  public static byte[] bytes(String name) {
    try (InputStream in = ExampleDocuments.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalArgumentException("There is no example document of that name");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example document {@code name}, one of {@link #names()}, read strictly. */
  public static ReviewDocument read(String name) {
    return ReviewJson.strict().read(bytes(name), ReviewDocument.class);
  }
}
