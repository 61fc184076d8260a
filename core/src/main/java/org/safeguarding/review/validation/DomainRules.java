package org.safeguarding.review.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.review.DecisionOutcome;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.LegalStatus;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.SignOff;
import org.safeguarding.review.StatutoryPartner;
import org.safeguarding.review.Subject;

/**
 * The rules that Bean Validation annotations cannot express because they relate one part of a
 * document to another: dates in order, placements that do not overlap, unique ids and pseudonyms,
 * and references that point at something the document has.
 */
final class DomainRules {

  /** A serious incident notification covers at most four children. */
  static final int MAX_CHILDREN_PER_NOTIFICATION = 4;

  private final List<ValidationIssue> issues = new ArrayList<>();

  private DomainRules() {}

  static List<ValidationIssue> check(ReviewDocument document) {
    DomainRules rules = new DomainRules();
    DocumentParts parts = DocumentParts.of(document);
    rules.uniqueIds(parts);
    rules.uniquePeople(parts);
    rules.references(parts);
    rules.placements(parts.placements);
    rules.protectionCategories(parts.subjects);
    if (document instanceof RapidReview review) {
      rules.rapidReview(review);
    } else {
      rules.sources((LearningSummary) document);
    }
    return rules.issues;
  }

  private void uniqueIds(DocumentParts parts) {
    Map<String, String> firstPointer = new HashMap<>();
    List<Located<Optional<String>>> ids = new ArrayList<>();
    parts.findings.forEach(f -> ids.add(new Located<>(Optional.of(f.value().getId()), f.pointer())));
    parts.recommendations.forEach(r -> ids.add(new Located<>(Optional.of(r.value().getId()), r.pointer())));
    parts.actions.forEach(a -> ids.add(new Located<>(a.value().getId(), a.pointer())));
    parts.placements.forEach(p -> ids.add(new Located<>(p.value().getId(), p.pointer())));
    parts.episodes.forEach(e -> ids.add(new Located<>(e.value().getId(), e.pointer())));
    for (Located<Optional<String>> id : ids) {
      id.value()
          .ifPresent(
              value -> {
                String first = firstPointer.putIfAbsent(value, id.pointer());
                if (first != null) {
                  error(
                      Codes.ID_DUPLICATE,
                      id.at("id"),
                      "\"id\" is already the id of " + first + "; ids must be unique within a document");
                }
              });
    }
  }

  private void uniquePeople(DocumentParts parts) {
    Map<String, String> pseudonyms = new HashMap<>();
    for (Located<Subject> subject : parts.subjects) {
      String first = pseudonyms.putIfAbsent(subject.value().getPseudonym(), subject.pointer());
      if (first != null) {
        error(
            Codes.PSEUDONYM_DUPLICATE,
            subject.at("pseudonym"),
            "\"pseudonym\" is already the pseudonym of " + first + "; pseudonyms must be unique");
      }
    }
    Map<String, String> labels = new HashMap<>();
    for (Located<FamilyMember> member : parts.familyMembers) {
      String first = labels.putIfAbsent(member.value().getLabel(), member.pointer());
      if (first != null) {
        error(
            Codes.LABEL_DUPLICATE,
            member.at("label"),
            "\"label\" is already the label of " + first + "; labels must be unique");
      }
    }
  }

  private void references(DocumentParts parts) {
    Set<String> pseudonyms = new HashSet<>();
    parts.subjects.forEach(s -> pseudonyms.add(s.value().getPseudonym()));
    Set<String> labels = new HashSet<>();
    parts.familyMembers.forEach(m -> labels.add(m.value().getLabel()));
    Set<String> people = new HashSet<>(pseudonyms);
    people.addAll(labels);
    Set<String> findingIds = new HashSet<>();
    parts.findings.forEach(f -> findingIds.add(f.value().getId()));

    for (Located<FamilyMember> member : parts.familyMembers) {
      List<String> related = member.value().getRelatedSubjects();
      for (int i = 0; i < related.size(); i++) {
        if (!pseudonyms.contains(related.get(i))) {
          error(
              Codes.UNKNOWN_SUBJECT,
              member.at("relatedSubjects", i),
              "\"relatedSubjects\" must name subjects of the document by pseudonym");
        }
      }
      member
          .value()
          .getPartnerOf()
          .filter(partner -> !labels.contains(partner))
          .ifPresent(
              partner ->
                  error(
                      Codes.UNKNOWN_PERSON,
                      member.at("partnerOf"),
                      "\"partnerOf\" must be the label of a family member of the document"));
    }
    for (Located<HousingPlacement> placement : parts.placements) {
      List<String> occupants = placement.value().getOccupants();
      for (int i = 0; i < occupants.size(); i++) {
        if (!people.contains(occupants.get(i))) {
          error(
              Codes.UNKNOWN_PERSON,
              placement.at("occupants", i),
              "\"occupants\" must name subjects by pseudonym or family members by label");
        }
      }
    }
    parts.incident.ifPresent(
        incident -> {
          List<String> children = incident.value().getChildren();
          for (int i = 0; i < children.size(); i++) {
            if (!pseudonyms.contains(children.get(i))) {
              error(
                  Codes.UNKNOWN_SUBJECT,
                  incident.at("children", i),
                  "\"children\" must name subjects of the document by pseudonym");
            }
          }
        });
    parts.recommendations.forEach(
        recommendation -> {
          List<String> links = recommendation.value().getFindings();
          for (int i = 0; i < links.size(); i++) {
            if (!findingIds.contains(links.get(i))) {
              error(
                  Codes.UNKNOWN_FINDING,
                  recommendation.at("findings", i),
                  "\"findings\" must hold ids of findings in the document");
            }
          }
        });
  }

  private void placements(List<Located<HousingPlacement>> placements) {
    for (Located<HousingPlacement> placement : placements) {
      HousingPlacement value = placement.value();
      if (value.getStart().isPresent()
          && value.getEnd().isPresent()
          && value.getEnd().get().isBefore(value.getStart().get())) {
        error(Codes.DATES_OUT_OF_ORDER, placement.at("end"), "\"end\" must not be before \"start\"");
      }
    }
    for (int later = 0; later < placements.size(); later++) {
      for (int earlier = 0; earlier < later; earlier++) {
        HousingPlacement a = placements.get(earlier).value();
        HousingPlacement b = placements.get(later).value();
        if (a.getHousehold().equals(b.getHousehold()) && certainlyOverlap(a, b)) {
          error(
              Codes.PLACEMENTS_OVERLAP,
              placements.get(later).at("start"),
              "the placement overlaps "
                  + placements.get(earlier).pointer()
                  + " of the same household; a household lives in one placement at a time");
        }
      }
    }
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

  private void protectionCategories(List<Located<Subject>> subjects) {
    for (Located<Subject> subject : subjects) {
      Subject value = subject.value();
      if (value.getChildProtectionCategory().isPresent()
          && !value.getLegalStatus().equals(Optional.of(LegalStatus.CHILD_PROTECTION_PLAN))) {
        warning(
            Codes.CATEGORY_WITHOUT_PLAN,
            subject.at("childProtectionCategory"),
            "\"childProtectionCategory\" is given but \"legalStatus\" is not CHILD_PROTECTION_PLAN");
      }
    }
  }

  private void rapidReview(RapidReview review) {
    timeline(review.getTimeline());
    LocalDate aware = review.getTimeline().getBecameAware();
    review
        .getDecision()
        .getDate()
        .filter(date -> date.isBefore(aware))
        .ifPresent(
            date ->
                error(
                    Codes.DATES_OUT_OF_ORDER,
                    "/decision/date",
                    "\"date\" of the decision must not be before \"becameAware\""));
    Optional<LocalDate> submitted = review.getTimeline().getSubmitted();
    review
        .getPanelResponse()
        .flatMap(response -> response.getDate())
        .filter(date -> submitted.isPresent() && date.isBefore(submitted.get()))
        .ifPresent(
            date ->
                error(
                    Codes.DATES_OUT_OF_ORDER,
                    "/panelResponse/date",
                    "\"date\" of the Panel's response must not be before \"submitted\""));
    if (review.getChildren().size() > MAX_CHILDREN_PER_NOTIFICATION) {
      warning(
          Codes.TOO_MANY_CHILDREN,
          "/children",
          "one serious incident notification covers at most "
              + MAX_CHILDREN_PER_NOTIFICATION
              + " children");
    }
    if (review.getDecision().getCriteriaMet().orElse(false)
        && review.getDecision().getOutcome() == DecisionOutcome.NO_FURTHER_REVIEW) {
      warning(
          Codes.CRITERIA_MET_WITHOUT_REVIEW,
          "/decision/outcome",
          "\"criteriaMet\" is true but \"outcome\" is NO_FURTHER_REVIEW; the rationale should say why");
    }
    if (submitted.isPresent()) {
      Set<StatutoryPartner> missing = EnumSet.allOf(StatutoryPartner.class);
      review.getSignOff().stream().map(SignOff::getPartner).forEach(missing::remove);
      if (!missing.isEmpty()) {
        warning(
            Codes.SIGN_OFF_MISSING,
            "/signOff",
            "a submitted rapid review is signed off by all three statutory partners; missing: "
                + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
      }
    }
  }

  /** Became aware, notification sent, each meeting, submitted: each on or after the one before. */
  private void timeline(RapidReviewTimeline timeline) {
    List<Located<LocalDate>> chain = new ArrayList<>();
    chain.add(new Located<>(timeline.getBecameAware(), "/timeline/becameAware"));
    chain.add(new Located<>(timeline.getNotificationSent(), "/timeline/notificationSent"));
    List<LocalDate> meetings = timeline.getMeetings();
    for (int i = 0; i < meetings.size(); i++) {
      chain.add(new Located<>(meetings.get(i), Located.pointer("/timeline/meetings", i)));
    }
    timeline.getSubmitted().ifPresent(d -> chain.add(new Located<>(d, "/timeline/submitted")));

    Located<LocalDate> latest = chain.get(0);
    for (Located<LocalDate> date : chain.subList(1, chain.size())) {
      if (date.value().isBefore(latest.value())) {
        error(
            Codes.DATES_OUT_OF_ORDER,
            date.pointer(),
            "the date must not be before "
                + latest.pointer()
                + "; a rapid review's dates run: became aware, notification sent, meetings,"
                + " submitted");
      } else {
        latest = date;
      }
    }
  }

  private void sources(LearningSummary summary) {
    List<ReviewReference> sources = summary.getSources();
    for (int i = 0; i < sources.size(); i++) {
      Optional<PartialDate> decided = sources.get(i).getDecisionDate();
      Optional<PartialDate> published = sources.get(i).getPublicationDate();
      if (decided.isPresent() && published.isPresent() && published.get().isBefore(decided.get())) {
        error(
            Codes.DATES_OUT_OF_ORDER,
            Located.pointer("/sources", i, "publicationDate"),
            "\"publicationDate\" must not be before \"decisionDate\"");
      }
    }
  }

  private void error(String code, String pointer, String message) {
    issues.add(ValidationIssue.error(code, pointer, message));
  }

  private void warning(String code, String pointer, String message) {
    issues.add(ValidationIssue.warning(code, pointer, message));
  }
}
