package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.ERROR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.safeguarding.review.Action;
import org.safeguarding.review.Action_;
import org.safeguarding.review.CaseEvent;
import org.safeguarding.review.CaseEvent_;
import org.safeguarding.review.Consequence;
import org.safeguarding.review.Consequence_;
import org.safeguarding.review.Family;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.FamilyMember_;
import org.safeguarding.review.Family_;
import org.safeguarding.review.Figure;
import org.safeguarding.review.Figure_;
import org.safeguarding.review.Finding;
import org.safeguarding.review.Finding_;
import org.safeguarding.review.Group;
import org.safeguarding.review.Group_;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.HousingPlacement_;
import org.safeguarding.review.Incident;
import org.safeguarding.review.Incident_;
import org.safeguarding.review.Meeting;
import org.safeguarding.review.Meeting_;
import org.safeguarding.review.Move;
import org.safeguarding.review.Move_;
import org.safeguarding.review.Notification;
import org.safeguarding.review.Notification_;
import org.safeguarding.review.PersonInRole;
import org.safeguarding.review.PersonInRole_;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.Recommendation_;
import org.safeguarding.review.Resource;
import org.safeguarding.review.Resource_;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.ReviewReference_;
import org.safeguarding.review.Section;
import org.safeguarding.review.Section_;
import org.safeguarding.review.StatedCount;
import org.safeguarding.review.StatedCount_;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Subject_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/**
 * References point at something the document has: children by pseudonym or group label, people by
 * pseudonym or label (a family by its label, though a family's members are people, never a family), family members harmed in an
 * incident by label, sources by id, findings by id;
 * a source covers or builds on other sources, or is part or a member of another, a meeting's attendees are people, a group is part of another group, never of itself. Each reference that names nothing is
 * reported as "each item of" its list.
 */
public final class References implements DocumentCheck {

  /** A recommendation or an action refers to a finding id the document does not have. */
  public static final IssueCode UNKNOWN_FINDING =
      IssueCode.of("reference.unknownFinding", DOMAIN_RULE, ERROR, "a recommendation or action names a finding the document does not have");

  /** A reference names no subject or group of the document (nor, for a review's subjects, a family member). */
  public static final IssueCode UNKNOWN_SUBJECT = IssueCode.of("reference.unknownSubject", DOMAIN_RULE, ERROR,
      "a reference names no subject or group of the document (nor, for a review's subjects, a family member)");

  /** A reference names no subject, group or family member of the document. */
  public static final IssueCode UNKNOWN_PERSON =
      IssueCode.of("reference.unknownPerson", DOMAIN_RULE, ERROR, "a reference names no subject, group or family member of the document");

  /** A reference names no source of the document. */
  public static final IssueCode UNKNOWN_SOURCE = IssueCode.of("reference.unknownSource", DOMAIN_RULE, ERROR, "a reference names no source of the document");

  /** An action or a resource answers an id that no part of the document has. */
  public static final IssueCode UNKNOWN_PART =
      IssueCode.of("reference.unknownPart", DOMAIN_RULE, ERROR, "an action or a resource answers an id no other part of the document has");

  /** Groups are part of one another in a circle, so none of them is the whole that statistics count. */
  public static final IssueCode CIRCULAR_GROUPS = IssueCode.of("reference.circularGroups", DOMAIN_RULE, ERROR,
      "a group is part of another that is, through its own \"partOf\", part of the first");

  private static final String CHILD = "must name subjects by pseudonym or groups by label";
  private static final String PERSON = "must name subjects by pseudonym, or groups, family members or families by label";
  private static final String MEMBER = "must name subjects by pseudonym, or groups or family members by label";
  private static final String SOURCE = "must hold ids of sources of the document";
  private static final String FINDING = "must hold ids of findings in the document";

  /** The check; it keeps nothing between documents. */
  public References() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    Set<String> children = new HashSet<>();
    parts.all(Subject.class).forEach(s -> children.add(s.value().getPseudonym()));
    parts.all(Group.class).forEach(g -> children.add(g.value().getLabel()));
    Set<String> labels = new HashSet<>();
    parts.all(FamilyMember.class).forEach(m -> labels.add(m.value().getLabel()));
    Set<String> members = new HashSet<>(children);
    members.addAll(labels);
    Set<String> people = new HashSet<>(members);
    parts.all(Family.class).forEach(f -> people.add(f.value().getLabel()));
    Set<String> sources = new HashSet<>();
    parts.all(ReviewReference.class).forEach(s -> s.value().getId().ifPresent(sources::add));
    Set<String> findingIds = new HashSet<>();
    parts.all(Finding.class).forEach(f -> findingIds.add(f.value().getId()));

    List<ValidationIssue> issues = new ArrayList<>();
    for (Located<ReviewReference> reference : parts.all(ReviewReference.class)) {
      unknown(reference.getAll(ReviewReference_.SUBJECTS), members, UNKNOWN_SUBJECT, MEMBER, issues);
      Optional<String> own = reference.value().getId();
      Predicate<String> anotherSource = id -> sources.contains(id) && !own.equals(Optional.of(id));
      for (var anotherSourceOf : List.of(ReviewReference_.PART_OF, ReviewReference_.MEMBER_OF)) {
        unknown(reference.getIfPresent(anotherSourceOf).stream().toList(), anotherSource, UNKNOWN_SOURCE, "must be the id of another source of the document", issues);
      }
      for (var otherSources : List.of(ReviewReference_.COVERS, ReviewReference_.BUILDS_ON)) {
        unknown(reference.getAll(otherSources), anotherSource, UNKNOWN_SOURCE, "must hold ids of other sources of the document", issues);
      }
    }
    Set<String> groups = new HashSet<>();
    parts.all(Group.class).forEach(g -> groups.add(g.value().getLabel()));
    for (Located<Group> group : parts.all(Group.class)) {
      String own = group.value().getLabel();
      group
          .getIfPresent(Group_.PART_OF)
          .filter(whole -> !groups.contains(whole.value()) || whole.value().equals(own))
          .ifPresent(whole -> issues.add(ValidationIssue.of(UNKNOWN_SUBJECT, whole.pointer(),
              IssueMessages.subject(whole.pointer()) + " must be the label of another group of the document")));
    }
    for (Located<Subject> subject : parts.all(Subject.class)) {
      subject
          .getIfPresent(Subject_.PART_OF)
          .filter(whole -> !groups.contains(whole.value()))
          .ifPresent(whole -> issues.add(ValidationIssue.of(UNKNOWN_SUBJECT, whole.pointer(),
              IssueMessages.subject(whole.pointer()) + " must be the label of a group of the document")));
    }
    circularGroups(parts, issues);
    for (Located<FamilyMember> member : parts.all(FamilyMember.class)) {
      unknown(member.getAll(FamilyMember_.RELATED_SUBJECTS), children, UNKNOWN_SUBJECT, CHILD, issues);
      member
          .getIfPresent(FamilyMember_.PARTNER_OF)
          .filter(partner -> !labels.contains(partner.value()))
          .ifPresent(partner -> issues.add(ValidationIssue.of(UNKNOWN_PERSON, partner.pointer(),
              IssueMessages.subject(partner.pointer()) + " must be the label of a family member of the document")));
    }
    for (Located<Family> family : parts.all(Family.class)) {
      unknown(family.getAll(Family_.MEMBERS), members, UNKNOWN_PERSON, PERSON, issues);
    }
    for (Located<Notification> notification : parts.all(Notification.class)) {
      unknown(notification.getAll(Notification_.CHILDREN), children, UNKNOWN_SUBJECT, CHILD, issues);
    }
    for (Located<Incident> incident : parts.all(Incident.class)) {
      List<Located<String>> subjects = incident.getAll(Incident_.SUBJECTS);
      unknown(subjects.stream().filter(subject -> !labels.contains(subject.value())).toList(), children, UNKNOWN_SUBJECT, CHILD, issues);
      unknown(subjects.stream().filter(subject -> labels.contains(subject.value())).toList(), children, UNKNOWN_SUBJECT,
          CHILD + "; a family member harmed is named in " + IssueMessages.quoted(Incident_.FAMILY_MEMBERS_HARMED.name()), issues);
      unknown(incident.getAll(Incident_.FAMILY_MEMBERS_HARMED), labels, UNKNOWN_PERSON, "must name family members by label", issues);
      unknown(incident.getAll(Incident_.IN_CARE_OF), people, UNKNOWN_PERSON, PERSON, issues);
    }
    for (Located<Section> section : parts.all(Section.class)) {
      unknown(section.getAll(Section_.SUBJECTS), children, UNKNOWN_SUBJECT, CHILD, issues);
      unknown(section.getAll(Section_.SOURCES), sources, UNKNOWN_SOURCE, SOURCE, issues);
    }
    for (Located<Consequence> consequence : parts.all(Consequence.class)) {
      unknown(consequence.getAll(Consequence_.PEOPLE), people, UNKNOWN_PERSON, PERSON, issues);
    }
    for (Located<CaseEvent> event : parts.all(CaseEvent.class)) {
      unknown(event.getAll(CaseEvent_.PEOPLE), people, UNKNOWN_PERSON, PERSON, issues);
    }
    for (Located<Meeting> meeting : parts.all(Meeting.class)) {
      unknown(meeting.getAll(Meeting_.ATTENDEES), people, UNKNOWN_PERSON, PERSON, issues);
    }
    for (Located<Move> move : parts.all(Move.class)) {
      unknown(move.getAll(Move_.PEOPLE), people, UNKNOWN_PERSON, PERSON, issues);
    }
    for (Located<HousingPlacement> placement : parts.all(HousingPlacement.class)) {
      unknown(placement.getAll(HousingPlacement_.OCCUPANTS), people, UNKNOWN_PERSON, PERSON, issues);
    }
    for (Located<Figure> figure : parts.all(Figure.class)) {
      unknown(figure.getAll(Figure_.ABOUT), people, UNKNOWN_PERSON, PERSON, issues);
      unknown(figure.getAll(Figure_.SOURCES), sources, UNKNOWN_SOURCE, SOURCE, issues);
    }
    for (Located<StatedCount> count : parts.all(StatedCount.class)) {
      unknown(count.getAll(StatedCount_.SOURCES), sources, UNKNOWN_SOURCE, SOURCE, issues);
    }
    for (Located<PersonInRole> named : parts.all(PersonInRole.class)) {
      unknown(named.getAll(PersonInRole_.SOURCES), sources, UNKNOWN_SOURCE, SOURCE, issues);
    }
    for (Located<Finding> finding : parts.all(Finding.class)) {
      unknown(finding.getAll(Finding_.SOURCES), sources, UNKNOWN_SOURCE, SOURCE, issues);
    }
    for (Located<Recommendation> recommendation : parts.all(Recommendation.class)) {
      unknown(recommendation.getAll(Recommendation_.FINDINGS), findingIds, UNKNOWN_FINDING, FINDING, issues);
    }
    Set<String> ids = UniqueIds.ids(parts).stream().map(Located::value).collect(Collectors.toSet());
    for (Located<Action> action : parts.all(Action.class)) {
      unknown(action.getAll(Action_.FINDINGS), findingIds, UNKNOWN_FINDING, FINDING, issues);
      Optional<String> own = action.value().getId();
      unknown(action.getAll(Action_.ANSWERS), id -> ids.contains(id) && !own.equals(Optional.of(id)), UNKNOWN_PART,
          "must hold ids of other parts of the document (items, findings, recommendations, sources, incidents, events)", issues);
    }
    for (Located<Resource> resource : parts.all(Resource.class)) {
      unknown(resource.getAll(Resource_.ANSWERS), ids, UNKNOWN_PART,
          "must hold ids of parts of the document (recommendations, findings, sources, items)", issues);
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(UNKNOWN_FINDING, UNKNOWN_SUBJECT, UNKNOWN_PERSON, UNKNOWN_SOURCE, UNKNOWN_PART, CIRCULAR_GROUPS);
  }

  /** Reports each group whose chain of "partOf" labels comes back to it. */
  private static void circularGroups(DocumentParts parts, List<ValidationIssue> issues) {
    Map<String, String> wholes = new HashMap<>();
    parts.all(Group.class).forEach(g -> g.value().getPartOf().ifPresent(whole -> wholes.putIfAbsent(g.value().getLabel(), whole)));
    for (Located<Group> group : parts.all(Group.class)) {
      String own = group.value().getLabel();
      Set<String> seen = new HashSet<>();
      String whole = wholes.get(own);
      while (whole != null && !whole.equals(own) && seen.add(whole)) {
        whole = wholes.get(whole);
      }
      if (own.equals(whole) && !own.equals(wholes.get(own))) {
        group.getIfPresent(Group_.PART_OF).ifPresent(partOf -> issues.add(ValidationIssue.of(CIRCULAR_GROUPS, partOf.pointer(),
            IssueMessages.subject(partOf.pointer()) + " names a group that is, through the groups' \"partOf\", part of this one")));
      }
    }
  }

  /** Reports each reference that names nothing the document has, as "each item of" its list. */
  private static void unknown(List<Located<String>> references, Set<String> known, IssueCode code, String rule, List<ValidationIssue> issues) {
    unknown(references, known::contains, code, rule, issues);
  }

  /** Reports each reference that names nothing {@code names} accepts, as "each item of" its list. */
  private static void unknown(List<Located<String>> references, Predicate<String> names, IssueCode code, String rule, List<ValidationIssue> issues) {
    for (Located<String> reference : references) {
      if (!names.test(reference.value())) {
        issues.add(ValidationIssue.of(code, reference.pointer(), IssueMessages.subject(reference.pointer().parent().orElseThrow()) + " " + rule));
      }
    }
  }
}
