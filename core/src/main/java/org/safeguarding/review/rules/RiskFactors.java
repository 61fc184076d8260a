package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.Age;
import org.safeguarding.review.AgeUnit;
import org.safeguarding.review.FactorHolder;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.FamilyMember_;
import org.safeguarding.review.FamilyRole;
import org.safeguarding.review.Group;
import org.safeguarding.review.Group_;
import org.safeguarding.review.LifeStage;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RiskFactor;
import org.safeguarding.review.RiskFactor_;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Subject_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.national.CodeValidity;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/**
 * Risk factors the children in need census can code: in a rapid review, written from the case
 * records, a factor whose code the census no longer uses (physical or sexual abuse without saying
 * whether by a child or an adult, 18A and 19A) is read with a warning, as the DfE's own validation
 * warns. A learning summary is not, so there "by whom not said" is the faithful value of a
 * published page that does not say, and is not warned about. A factor the census codes only for a
 * child, held by a family member not said to be a child, is a warning too (it gets no census code),
 * unless the member perpetrated it or poses it as a risk to others.
 */
public final class RiskFactors implements DocumentCheck {

  /** A rapid review's risk factor whose census code is no longer used. */
  public static final IssueCode CODE_WITHDRAWN =
      IssueCode.of("riskFactor.codeWithdrawn", DOMAIN_RULE, WARNING, "a rapid review's risk factor whose census code is no longer used");

  /** A factor only a child holds, on a family member not said to be a child. */
  public static final IssueCode CHILD_ONLY =
      IssueCode.of(
          "riskFactor.childOnly",
          DOMAIN_RULE,
          WARNING,
          "a factor the census codes only for a child, held by a family member not said to be a child");

  private static final int ADULT_YEARS = 18;

  /** The check; it keeps nothing between documents. */
  public RiskFactors() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    boolean fromCaseRecords = parts.document(RapidReview.class).isPresent();
    if (fromCaseRecords) {
      parts.all(Subject.class).forEach(subject -> subject.getAll(Subject_.RISK_FACTORS).forEach(factor -> withdrawn(factor, issues)));
      parts.all(Group.class).forEach(group -> group.getAll(Group_.RISK_FACTORS).forEach(factor -> withdrawn(factor, issues)));
    }
    for (Located<FamilyMember> member : parts.all(FamilyMember.class)) {
      boolean child = mayBeAChild(member.value());
      for (Located<RiskFactor> factor : member.getAll(FamilyMember_.RISK_FACTORS)) {
        if (fromCaseRecords) {
          withdrawn(factor, issues);
        }
        // A factor the member caused (perpetrated) or poses to others is not one the census codes for a child.
        if (!child && factor.value().getFactor().isChildOnly() && factor.value().cinCode(FactorHolder.CHILD).isPresent()) {
          issues.add(ValidationIssue.of(
              CHILD_ONLY,
              factor.at(RiskFactor_.FACTOR),
              IssueMessages.subject(factor.at(RiskFactor_.FACTOR)) + " is " + factor.value().getFactor()
                  + ", which the children in need census codes only for a child; the family member is not said to be one"));
        }
      }
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(CODE_WITHDRAWN, CHILD_ONLY);
  }

  private static void withdrawn(Located<RiskFactor> factor, List<ValidationIssue> issues) {
    factor.value().cinCode(FactorHolder.CHILD)
        .filter(code -> code.validity() == CodeValidity.WITHDRAWN)
        .ifPresent(code -> issues.add(ValidationIssue.of(
            CODE_WITHDRAWN,
            factor.at(RiskFactor_.FACTOR),
            IssueMessages.subject(factor.at(RiskFactor_.FACTOR)) + " is " + factor.value().getFactor()
                + ", whose children in need census code " + code.code()
                + " is no longer used; a value that says whether a child or an adult did it has a current code")));
  }

  /** A sibling, or anyone whose age or life stage is a child's. */
  private static boolean mayBeAChild(FamilyMember member) {
    if (member.getRole() == FamilyRole.SIBLING) {
      return true;
    }
    return member.getAge().map(RiskFactors::childsAge).orElse(false);
  }

  private static boolean childsAge(Age age) {
    if (age.getStage().isPresent()) {
      return age.getStage().get().compareTo(LifeStage.YOUNG_ADULT) < 0;
    }
    return age.getValue().isPresent() && (age.getUnit().orElse(AgeUnit.YEARS) != AgeUnit.YEARS || age.getValue().get() < ADULT_YEARS);
  }
}
