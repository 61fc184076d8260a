package org.safeguarding.review.benchmarks;

import java.util.List;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.json.ReviewJson;

/**
 * The benchmarks' test documents: three valid learning summaries, built in code and the same on
 * every run.
 *
 * <ul>
 *   <li>{@value #SMALL}: one section with one finding, about 1 KB of JSON;
 *   <li>{@value #MEDIUM}: the Essex learning summary for Child HH and Child CC, equal to {@code
 *       examples/documents/essex-learning-summary-child-hh-cc.json}, about 10 KB;
 *   <li>{@value #LARGE}: fifty sections of ten findings each, 500 findings, about 290 KB.
 * </ul>
 *
 * <p>Their JSON is written as the example files are: by {@link ReviewJson#withPrettyPrinting()},
 * with a final line end.
 */
public final class Documents {

  /** The name of the small document. */
  public static final String SMALL = "small";

  /** The name of the medium document. */
  public static final String MEDIUM = "medium";

  /** The name of the large document. */
  public static final String LARGE = "large";

  /** The names of the documents, smallest first. */
  public static final List<String> SIZES = List.of(SMALL, MEDIUM, LARGE);

  /** How many findings the large document has. */
  public static final int LARGE_FINDINGS = 500;

  private static final SyntheticSummaries.Shape SMALL_SHAPE =
      new SyntheticSummaries.Shape(1, 1, false);
  private static final SyntheticSummaries.Shape LARGE_SHAPE =
      new SyntheticSummaries.Shape(50, LARGE_FINDINGS / 50, true);

  private Documents() {}

  /**
   * The document of the given size, built anew.
   *
   * @param size one of {@link #SIZES}
   * @throws IllegalArgumentException if the size is not one of them
   */
  public static LearningSummary document(String size) {
    return switch (size) {
      case SMALL -> SyntheticSummaries.summary(1, SMALL_SHAPE);
      case MEDIUM -> EssexSummary.build();
      case LARGE -> SyntheticSummaries.summary(2, LARGE_SHAPE);
      default -> throw new IllegalArgumentException("The size must be one of " + SIZES);
    };
  }

  /**
   * The document of the given size as UTF-8 JSON.
   *
   * @param size one of {@link #SIZES}
   * @throws IllegalArgumentException if the size is not one of them
   */
  public static byte[] json(String size) {
    return json(document(size));
  }

  /** A document as UTF-8 JSON, written as the example files are. */
  public static byte[] json(LearningSummary document) {
    return ReviewJson.strict().withPrettyPrinting().writeBytes(document);
  }
}
