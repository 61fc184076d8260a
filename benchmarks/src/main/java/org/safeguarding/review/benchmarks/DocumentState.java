package org.safeguarding.review.benchmarks;

import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.schema.DocumentValidator;

/**
 * The document a benchmark works on, in the size JMH's {@code size} parameter names, both as the
 * model and as JSON bytes.
 */
@State(Scope.Benchmark)
public class DocumentState {

  /** Hibernate Validator announces its version at INFO, in the middle of JMH's output. */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  /** One of {@link Documents#SIZES}. */
  @Param({Documents.SMALL, Documents.MEDIUM, Documents.LARGE})
  public String size;

  /** The document. */
  public LearningSummary document;

  /** The document as UTF-8 JSON. */
  public byte[] json;

  /**
   * Builds the document and validates it once, which also builds the validators' shared state
   * before anything is measured.
   *
   * @throws IllegalStateException if the document is not valid, since the benchmarks would then
   *     measure the path for bad input
   */
  @Setup(Level.Trial)
  public void setUp() {
    HIBERNATE_VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    document = Documents.document(size);
    json = Documents.json(document);
    ValidationReport report = DocumentValidator.strict().validate(JsonInput.of(json)).report();
    if (!report.isValid()) {
      throw new IllegalStateException("The " + size + " document is not valid: " + report.issues());
    }
  }
}
