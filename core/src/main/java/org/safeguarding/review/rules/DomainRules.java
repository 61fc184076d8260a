package org.safeguarding.review.rules;

import java.util.List;
import org.safeguarding.review.check.DocumentCheck;

/**
 * The rules that Bean Validation annotations cannot express because they relate one part of a
 * document to another, each a small check that owns its codes: unique ids, and unique pseudonyms
 * and labels; references that point at something the document has; dates and ranges in order;
 * placements that do not overlap; tables whose rows are as wide as their columns; categories of
 * abuse only with a child protection plan; no text marked not available in a document said to be
 * complete. A rapid review is also checked against what the Panel
 * expects of it, as warnings ({@link RapidReviewWarnings}), and for the statutory gaps it may have
 * while it does not know something yet ({@link StatutoryGaps}).
 */
public final class DomainRules {

  private static final List<DocumentCheck> ALL =
      List.of(
          new UniqueIds(),
          new UniqueNames(),
          new References(),
          new DatesInOrder(),
          new ShortYearSpans(),
          new PlacementOverlaps(),
          new Ranges(),
          new TableWidths(),
          new ProtectionCategories(),
          new Shares(),
          new CompletenessKept(),
          new RiskFactors(),
          new IncidentStatements(),
          new RapidReviewWarnings(),
          new StatutoryGaps());

  private DomainRules() {}

  /** {@return every domain rule, in the order they run} */
  public static List<DocumentCheck> all() {
    return ALL;
  }
}
