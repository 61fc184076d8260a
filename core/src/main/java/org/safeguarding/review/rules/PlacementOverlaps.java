package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.ERROR;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.HousingPlacement_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;

/** A household lives in one placement at a time: two of its placements do not certainly overlap. */
public final class PlacementOverlaps implements DocumentCheck {

  /** Two placements of one household overlap in time. */
  public static final IssueCode PLACEMENTS_OVERLAP =
      IssueCode.of("placement.overlap", DOMAIN_RULE, ERROR, "two placements of one household overlap in time");

  /** The check; it keeps nothing between documents. */
  public PlacementOverlaps() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    List<Located<HousingPlacement>> placements = parts.all(HousingPlacement.class);
    for (int later = 0; later < placements.size(); later++) {
      for (int earlier = 0; earlier < later; earlier++) {
        HousingPlacement a = placements.get(earlier).value();
        HousingPlacement b = placements.get(later).value();
        if (a.getHousehold().equals(b.getHousehold()) && certainlyOverlap(a, b)) {
          issues.add(ValidationIssue.of(
              PLACEMENTS_OVERLAP,
              placements.get(later).at(HousingPlacement_.START),
              "the placement overlaps " + placements.get(earlier).pointer()
                  + " of the same household; a household lives in one placement at a time"));
        }
      }
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(PLACEMENTS_OVERLAP);
  }

  /**
   * Each placement certainly starts before the other ends. A placement without an end ended no
   * earlier than it started, so one that starts during another overlaps it whatever its end.
   */
  private static boolean certainlyOverlap(HousingPlacement a, HousingPlacement b) {
    if (a.getStart().isEmpty() || b.getStart().isEmpty()) {
      return false;
    }
    return a.getStart().get().isBefore(b.getEnd().orElse(b.getStart().get()))
        && b.getStart().get().isBefore(a.getEnd().orElse(a.getStart().get()));
  }
}
