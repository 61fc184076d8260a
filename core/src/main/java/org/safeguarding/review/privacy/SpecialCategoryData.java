package org.safeguarding.review.privacy;

import static org.safeguarding.review.report.IssueCategory.PRIVACY;
import static org.safeguarding.review.report.Severity.ERROR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguarding.review.Classification;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.SpecialCategory;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/**
 * Special category data ({@link SpecialCategory}: a child's coded ethnicity and disabilities) only
 * in a document that is not meant for publication: any such value in a document {@linkplain
 * Classification#FOR_PUBLICATION meant for publication} (a learning summary is, unless it says
 * otherwise) is an error at its pointer. The issue never repeats the value. Instances are immutable
 * and thread-safe.
 */
public final class SpecialCategoryData implements DocumentCheck {

  /** Special category data in a document meant for publication. */
  public static final IssueCode IN_PUBLICATION =
      IssueCode.of(
          "privacy.specialCategory",
          PRIVACY,
          ERROR,
          "special category data (coded ethnicity or disability) in a document meant for publication");

  /** The check; it keeps nothing between documents. */
  public SpecialCategoryData() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    if (parts.document().value().classification() != Classification.FOR_PUBLICATION) {
      return List.of();
    }
    List<ValidationIssue> issues = new ArrayList<>();
    for (Located<Extensible> part : parts.parts()) {
      for (ModelProperty property : ModelType.of(part.value().getClass()).properties()) {
        if (property.specialCategory() && held(property.get(part.value()))) {
          issues.add(ValidationIssue.of(
              IN_PUBLICATION,
              part.pointer().property(property.name()),
              IssueMessages.subject(part.pointer().property(property.name()))
                  + " is special category data, held only in a document whose classification is SENSITIVE"));
        }
      }
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(IN_PUBLICATION);
  }

  private static boolean held(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.isPresent();
    }
    return value instanceof List<?> list ? !list.isEmpty() : value != null;
  }
}
