package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.metadata.Cardinality;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ValueKind;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;

/**
 * A month that may be a span of years written short: documents write the financial or school year
 * 2011 to 2012 as "2011-12", which a partial date reads as December 2011. Nothing in the text can
 * tell the two apart, so such a month is a warning wherever a partial date stands, saying how a
 * span of years is written ({@code 2011/2012}); a document that means the month keeps it.
 */
public final class ShortYearSpans implements DocumentCheck {

  /** A month, such as 2011-12, that may be a span of years written short. */
  public static final IssueCode DATE_MAY_BE_YEARS = IssueCode.of(
      "date.mayBeYears", DOMAIN_RULE, WARNING, "a month, such as 2011-12, may be a span of years written short (2011/2012)");

  /** The check; it keeps nothing between documents. */
  public ShortYearSpans() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (Located<Extensible> part : parts.parts()) {
      for (ModelProperty property : ModelType.of(part.value().getClass()).properties()) {
        if (property.kind() != ValueKind.PARTIAL_DATE) {
          continue;
        }
        List<?> dates = property.values(part.value());
        for (int i = 0; i < dates.size(); i++) {
          if (((PartialDate) dates.get(i)).mayBeYears()) {
            Pointer at = part.pointer().property(property.name());
            issues.add(warning(property.cardinality() == Cardinality.LIST ? at.index(i) : at));
          }
        }
      }
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(DATE_MAY_BE_YEARS);
  }

  /** The message names neither the date nor the years, which may be a child's. */
  private static ValidationIssue warning(Pointer at) {
    return ValidationIssue.of(DATE_MAY_BE_YEARS, at,
        "is read as a month whose number is the next year's last two digits; if the document means a span of years"
            + " written short, write it as YYYY/YYYY with the later year in full");
  }
}
