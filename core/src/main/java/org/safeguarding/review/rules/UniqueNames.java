package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.ERROR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.review.Family;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.FamilyMember_;
import org.safeguarding.review.Family_;
import org.safeguarding.review.Group;
import org.safeguarding.review.Group_;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Subject_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/**
 * Pseudonyms and the labels of groups, family members and families are one namespace, so that a reference names
 * one child or person; a repeat gets the code of the part that repeats a name.
 */
public final class UniqueNames implements DocumentCheck {

  /** A subject's pseudonym is already another subject's pseudonym, a group's label or a family member's label. */
  public static final IssueCode PSEUDONYM_DUPLICATE = IssueCode.of("subject.duplicatePseudonym", DOMAIN_RULE, ERROR, "a subject's pseudonym is already a pseudonym or label");

  /** A family member's label is already a pseudonym, a group's label or another family member's label. */
  public static final IssueCode LABEL_DUPLICATE = IssueCode.of("familyMember.duplicateLabel", DOMAIN_RULE, ERROR, "a family member's label is already a pseudonym or label");

  /** A group's label is already a pseudonym, a family member's label or another group's label. */
  public static final IssueCode GROUP_LABEL_DUPLICATE = IssueCode.of("group.duplicateLabel", DOMAIN_RULE, ERROR, "a group's label is already a pseudonym or label");

  /** A family's label is already a pseudonym, a group's or family member's label or another family's label. */
  public static final IssueCode FAMILY_LABEL_DUPLICATE = IssueCode.of("family.duplicateLabel", DOMAIN_RULE, ERROR, "a family's label is already a pseudonym or label");

  /** The check; it keeps nothing between documents. */
  public UniqueNames() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    Map<String, Pointer> names = new HashMap<>();
    for (Located<Subject> subject : parts.all(Subject.class)) {
      unique(subject.get(Subject_.PSEUDONYM), subject.pointer(), names, PSEUDONYM_DUPLICATE, issues);
    }
    for (Located<Group> group : parts.all(Group.class)) {
      unique(group.get(Group_.LABEL), group.pointer(), names, GROUP_LABEL_DUPLICATE, issues);
    }
    for (Located<FamilyMember> member : parts.all(FamilyMember.class)) {
      unique(member.get(FamilyMember_.LABEL), member.pointer(), names, LABEL_DUPLICATE, issues);
    }
    for (Located<Family> family : parts.all(Family.class)) {
      unique(family.get(Family_.LABEL), family.pointer(), names, FAMILY_LABEL_DUPLICATE, issues);
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(PSEUDONYM_DUPLICATE, LABEL_DUPLICATE, GROUP_LABEL_DUPLICATE, FAMILY_LABEL_DUPLICATE);
  }

  private static void unique(Located<String> name, Pointer owner, Map<String, Pointer> names, IssueCode code, List<ValidationIssue> issues) {
    Pointer earlier = names.putIfAbsent(name.value(), owner);
    if (earlier != null) {
      issues.add(ValidationIssue.of(
          code,
          name.pointer(),
          IssueMessages.subject(name.pointer()) + " is already the pseudonym or label of " + earlier
              + "; pseudonyms and the labels of groups, family members and families must be unique"));
    }
  }
}
