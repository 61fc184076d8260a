package org.safeguarding.review.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;

/**
 * The example documents shipped in this jar: the two seed documents the project started from, a
 * fictional rapid review and a fictional seven-minute briefing, twenty-seven public learning documents
 * (from partnerships, boards and committees in England, Wales and Scotland, a charity's page on
 * Northern Ireland's reviews, the national Panel's newsletter, the inspectorates' joint report,
 * a national policing programme's briefing and a research centre's analysis for the Panel) encoded as published (each only as far as its stored copy goes; see its provenance), and
 * an illustrative rapid review reconstructed from one of them. Useful as test data for tools that read the model.
 */
public final class ExampleDocuments {

  /** The Essex learning summary for Child HH and Child CC. */
  public static final String ESSEX_LEARNING_SUMMARY = "essex-learning-summary-child-hh-cc.json";

  /** The temporary accommodation audit briefing. */
  public static final String TEMPORARY_ACCOMMODATION_AUDIT = "temporary-accommodation-audit-briefing.json";

  /** A fictional rapid review from the invented Exampleshire partnership. */
  public static final String EXAMPLESHIRE_RAPID_REVIEW = "exampleshire-rapid-review.json";

  /**
   * A fictional seven-minute briefing from the invented Exampleshire partnership, in the usual
   * seven numbered parts.
   */
  public static final String EXAMPLESHIRE_SEVEN_MINUTE_BRIEFING = "exampleshire-seven-minute-briefing.json";

  /**
   * An illustrative rapid review: how Devon's rapid review of Child 1 would look, built only from
   * what the partnership's published briefing on three neglect cases says; marked illustrative.
   */
  public static final String DEVON_ILLUSTRATIVE_RAPID_REVIEW = "devon-neglect-child-1-rapid-review-illustrative.json";

  /** Devon's learning briefing on three rapid reviews of neglect (September 2024), from the corpus. */
  public static final String DEVON_NEGLECT_BRIEFING = "devon-neglect-rapid-reviews-learning-briefing-2024.json";

  /** The twenty-seven public learning documents of the development corpus, each encoded as published. */
  private static final List<String> CORPUS =
      List.of(
          "bexley-baby-g-local-learning-review-briefing.json",
          "birmingham-serious-youth-violence-breaking-the-cycle.json",
          "blackpool-child-bw-serious-case-review.json",
          "cambs-pboro-national-review-csa-family.json",
          "cspr-panel-annual-report-2020-newsletter.json",
          "cysur-child-practice-reviews.json",
          "devon-baby-f-six-step-briefing.json",
          DEVON_NEGLECT_BRIEFING,
          "east-ayrshire-scr-baby-l.json",
          "gwent-what-is-a-practice-review.json",
          "hackney-child-q-lcspr-council-response.json",
          "jtai-serious-youth-violence-2024.json",
          "lambeth-7-minute-learning.json",
          "lancashire-child-lr-lp-learning-brief.json",
          "leeds-child-d-cspr-learning-points.json",
          "north-wales-anglesey-ecpr-1.json",
          "north-wales-cpr-flint-2.json",
          "nscb-case-file-audits-2014.json",
          "nspcc-ni-translating-learning-into-action-cmr-overview.json",
          "redbridge-scr-lessons-esafety.json",
          "solihull-joint-learning-dhr-sar-cspr.json",
          "solihull-multi-agency-case-audit-2016-17.json",
          "stoke-staffordshire-family-f-serious-case-review.json",
          "surrey-thematic-reviews-adolescent-suicide.json",
          "swindon-what-is-a-seven-minute-brief.json",
          "vkpp-spotlight-cce.json",
          "wwcsc-safeguarding-partners-annual-reports-2020-21.json");

  private static final String FOLDER = "/org/safeguarding/review/examples/documents/";

  private ExampleDocuments() {}

  /**
   * {@return the file names of every example document: the seeds, the fictional rapid review and
   * seven-minute briefing, the corpus and the illustrative rapid review}
   */
  public static List<String> names() {
    List<String> names = new ArrayList<>(List.of(ESSEX_LEARNING_SUMMARY, TEMPORARY_ACCOMMODATION_AUDIT, EXAMPLESHIRE_RAPID_REVIEW, EXAMPLESHIRE_SEVEN_MINUTE_BRIEFING));
    names.addAll(CORPUS);
    names.add(DEVON_ILLUSTRATIVE_RAPID_REVIEW);
    return List.copyOf(names);
  }

  /**
   * {@return the file names of the twenty-seven corpus documents, each named as its source text in the
   * corpus is ({@code <name>.txt})}
   */
  public static List<String> corpus() {
    return CORPUS;
  }

  /**
   * {@return the JSON bytes of the example document {@code name}}
   *
   * @param name the document's file name, one of {@link #names()}
   * @throws IllegalArgumentException if there is no example document of that name
   */
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

  /**
   * {@return the example document {@code name}, read strictly}
   *
   * @param name the document's file name, one of {@link #names()}
   * @throws IllegalArgumentException if there is no example document of that name
   */
  public static ReviewDocument read(String name) {
    return ReviewJson.strict().read(JsonInput.of(bytes(name)), ReviewDocument.class);
  }
}
