package org.safeguarding.review.rules;

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
import org.safeguarding.review.Action;
import org.safeguarding.review.Decision;
import org.safeguarding.review.DecisionOutcome;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.Finding;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.Incident;
import org.safeguarding.review.KeyPracticeEpisode;
import org.safeguarding.review.LegalStatus;
import org.safeguarding.review.PanelResponse;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.SignOff;
import org.safeguarding.review.StatutoryPartner;
import org.safeguarding.review.Subject;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.metadata.Getter;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.Pointer;
import org.safeguarding.review.report.ValidationIssue;

/**
 * The rules that Bean Validation annotations cannot express because they relate one part of a
 * document to another: dates in order, placements that do not overlap, unique ids, pseudonyms and
 * labels, references that point at something the document has, and the rapid review's statutory
 * expectations (sign-off by the three partners, at most four children per notification), which are
 * warnings. Instances are immutable and thread-safe.
 */
public final class DomainRules implements DocumentCheck {

  /** A serious incident notification covers at most four children. */
  public static final int MAX_CHILDREN_PER_NOTIFICATION = 4;

  private static final DomainRules STANDARD = new DomainRules();

  private DomainRules() {}

  /** The rules. */
  public static DomainRules standard() {
    return STANDARD;
  }

  @Override
  public List<ValidationIssue> check(ReviewDocument document) {
    Run run = new Run(DocumentParts.of(document));
    run.uniqueIds();
    run.uniquePeople();
    run.references();
    run.placements();
    run.protectionCategories();
    run.sources();
    if (document instanceof RapidReview) {
      run.rapidReview();
    }
    return run.issues;
  }

  /** One document's check. */
  private static final class Run {
    private final DocumentParts parts;
    private final List<ValidationIssue> issues = new ArrayList<>();

    Run(DocumentParts parts) {
      this.parts = parts;
    }

    void uniqueIds() {
      List<Located<String>> ids = new ArrayList<>();
      parts.all(Finding.class).forEach(f -> ids.add(f.get(Finding::getId)));
      parts.all(Recommendation.class).forEach(r -> ids.add(r.get(Recommendation::getId)));
      parts.all(Action.class).forEach(a -> a.getIfPresent(Action::getId).ifPresent(ids::add));
      parts.all(HousingPlacement.class).forEach(p -> p.getIfPresent(HousingPlacement::getId).ifPresent(ids::add));
      parts.all(KeyPracticeEpisode.class).forEach(e -> e.getIfPresent(KeyPracticeEpisode::getId).ifPresent(ids::add));
      Map<String, Pointer> first = new HashMap<>();
      for (Located<String> id : ids) {
        Pointer earlier = first.putIfAbsent(id.value(), id.pointer().parent().orElseThrow());
        if (earlier != null) {
          issue(
              IssueCode.ID_DUPLICATE,
              id.pointer(),
              IssueMessages.subject(id.pointer()) + " is already the id of " + earlier + "; ids must be unique within a document");
        }
      }
    }

    void uniquePeople() {
      Map<String, Pointer> pseudonyms = new HashMap<>();
      for (Located<Subject> subject : parts.all(Subject.class)) {
        Located<String> pseudonym = subject.get(Subject::getPseudonym);
        Pointer earlier = pseudonyms.putIfAbsent(pseudonym.value(), subject.pointer());
        if (earlier != null) {
          issue(
              IssueCode.PSEUDONYM_DUPLICATE,
              pseudonym.pointer(),
              IssueMessages.subject(pseudonym.pointer()) + " is already the pseudonym of " + earlier + "; pseudonyms must be unique");
        }
      }
      Map<String, Pointer> labels = new HashMap<>();
      for (Located<FamilyMember> member : parts.all(FamilyMember.class)) {
        Located<String> label = member.get(FamilyMember::getLabel);
        Pointer earlier = labels.putIfAbsent(label.value(), member.pointer());
        if (earlier != null) {
          issue(
              IssueCode.LABEL_DUPLICATE,
              label.pointer(),
              IssueMessages.subject(label.pointer()) + " is already the label of " + earlier + "; labels must be unique");
        }
      }
    }

    void references() {
      Set<String> pseudonyms = new HashSet<>();
      parts.all(Subject.class).forEach(s -> pseudonyms.add(s.value().getPseudonym()));
      Set<String> labels = new HashSet<>();
      parts.all(FamilyMember.class).forEach(m -> labels.add(m.value().getLabel()));
      Set<String> people = new HashSet<>(pseudonyms);
      people.addAll(labels);
      Set<String> findingIds = new HashSet<>();
      parts.all(Finding.class).forEach(f -> findingIds.add(f.value().getId()));

      for (Located<FamilyMember> member : parts.all(FamilyMember.class)) {
        unknown(member.getAll(FamilyMember::getRelatedSubjects), pseudonyms, IssueCode.UNKNOWN_SUBJECT, "must name subjects of the document by pseudonym");
        member
            .getIfPresent(FamilyMember::getPartnerOf)
            .filter(partner -> !labels.contains(partner.value()))
            .ifPresent(partner -> issue(IssueCode.UNKNOWN_PERSON, partner.pointer(),
                IssueMessages.subject(partner.pointer()) + " must be the label of a family member of the document"));
      }
      for (Located<HousingPlacement> placement : parts.all(HousingPlacement.class)) {
        unknown(placement.getAll(HousingPlacement::getOccupants), people, IssueCode.UNKNOWN_PERSON,
            "must name subjects by pseudonym or family members by label");
      }
      for (Located<Incident> incident : parts.all(Incident.class)) {
        unknown(incident.getAll(Incident::getChildren), pseudonyms, IssueCode.UNKNOWN_SUBJECT, "must name subjects of the document by pseudonym");
      }
      for (Located<Recommendation> recommendation : parts.all(Recommendation.class)) {
        unknown(recommendation.getAll(Recommendation::getFindings), findingIds, IssueCode.UNKNOWN_FINDING, "must hold ids of findings in the document");
      }
    }

    /** Reports each reference that names nothing the document has, as "each item of" its list. */
    private void unknown(List<Located<String>> references, Set<String> known, IssueCode code, String rule) {
      for (Located<String> reference : references) {
        if (!known.contains(reference.value())) {
          Pointer list = reference.pointer().parent().orElseThrow();
          issue(code, reference.pointer(), IssueMessages.subject(list) + " " + rule);
        }
      }
    }

    void placements() {
      List<Located<HousingPlacement>> placements = parts.all(HousingPlacement.class);
      for (Located<HousingPlacement> placement : placements) {
        HousingPlacement value = placement.value();
        if (value.getStart().isPresent() && value.getEnd().isPresent() && value.getEnd().get().isBefore(value.getStart().get())) {
          issue(
              IssueCode.DATES_OUT_OF_ORDER,
              placement.at(HousingPlacement::getEnd),
              quoted(HousingPlacement::getEnd) + " must not be before " + quoted(HousingPlacement::getStart));
        }
      }
      for (int later = 0; later < placements.size(); later++) {
        for (int earlier = 0; earlier < later; earlier++) {
          HousingPlacement a = placements.get(earlier).value();
          HousingPlacement b = placements.get(later).value();
          if (a.getHousehold().equals(b.getHousehold()) && certainlyOverlap(a, b)) {
            issue(
                IssueCode.PLACEMENTS_OVERLAP,
                placements.get(later).at(HousingPlacement::getStart),
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

    void protectionCategories() {
      for (Located<Subject> subject : parts.all(Subject.class)) {
        Subject value = subject.value();
        if (value.getChildProtectionCategory().isPresent()
            && !value.getLegalStatus().equals(Optional.of(LegalStatus.CHILD_PROTECTION_PLAN))) {
          issue(
              IssueCode.CATEGORY_WITHOUT_PLAN,
              subject.at(Subject::getChildProtectionCategory),
              quoted(Subject::getChildProtectionCategory) + " is given but " + quoted(Subject::getLegalStatus)
                  + " is not " + LegalStatus.CHILD_PROTECTION_PLAN);
        }
      }
    }

    void sources() {
      for (Located<ReviewReference> source : parts.all(ReviewReference.class)) {
        Optional<PartialDate> decided = source.value().getDecisionDate();
        Optional<PartialDate> published = source.value().getPublicationDate();
        if (decided.isPresent() && published.isPresent() && published.get().isBefore(decided.get())) {
          issue(
              IssueCode.DATES_OUT_OF_ORDER,
              source.at(ReviewReference::getPublicationDate),
              quoted(ReviewReference::getPublicationDate) + " must not be before " + quoted(ReviewReference::getDecisionDate));
        }
      }
    }

    void rapidReview() {
      Located<RapidReview> review = new Located<>((RapidReview) parts.document().value(), parts.document().pointer());
      Located<RapidReviewTimeline> timeline = review.get(RapidReview::getTimeline);
      timeline(timeline);
      LocalDate aware = timeline.value().getBecameAware();
      Located<Decision> decision = review.get(RapidReview::getDecision);
      decision
          .getIfPresent(Decision::getDate)
          .filter(date -> date.value().isBefore(aware))
          .ifPresent(date -> issue(IssueCode.DATES_OUT_OF_ORDER, date.pointer(),
              quoted(Decision::getDate) + " of the decision must not be before " + quoted(RapidReviewTimeline::getBecameAware)));
      Optional<LocalDate> submitted = timeline.value().getSubmitted();
      review
          .getIfPresent(RapidReview::getPanelResponse)
          .flatMap(response -> response.getIfPresent(PanelResponse::getDate))
          .filter(date -> submitted.isPresent() && date.value().isBefore(submitted.get()))
          .ifPresent(date -> issue(IssueCode.DATES_OUT_OF_ORDER, date.pointer(),
              quoted(PanelResponse::getDate) + " of the Panel's response must not be before " + quoted(RapidReviewTimeline::getSubmitted)));
      if (review.value().getChildren().size() > MAX_CHILDREN_PER_NOTIFICATION) {
        issue(
            IssueCode.TOO_MANY_CHILDREN,
            review.at(RapidReview::getChildren),
            "one serious incident notification covers at most " + MAX_CHILDREN_PER_NOTIFICATION + " children");
      }
      if (decision.value().getCriteriaMet().orElse(false) && decision.value().getOutcome() == DecisionOutcome.NO_FURTHER_REVIEW) {
        issue(
            IssueCode.CRITERIA_MET_WITHOUT_REVIEW,
            decision.at(Decision::getOutcome),
            quoted(Decision::getCriteriaMet) + " is true but " + quoted(Decision::getOutcome) + " is "
                + DecisionOutcome.NO_FURTHER_REVIEW + "; the rationale should say why");
      }
      if (submitted.isPresent()) {
        Set<StatutoryPartner> missing = EnumSet.allOf(StatutoryPartner.class);
        review.value().getSignOff().stream().map(SignOff::getPartner).forEach(missing::remove);
        if (!missing.isEmpty()) {
          issue(
              IssueCode.SIGN_OFF_MISSING,
              review.at(RapidReview::getSignOff),
              "a submitted rapid review is signed off by all three statutory partners; missing: "
                  + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
      }
    }

    /** Became aware, notification sent, each meeting, submitted: each on or after the one before. */
    private void timeline(Located<RapidReviewTimeline> timeline) {
      List<Located<LocalDate>> chain = new ArrayList<>();
      chain.add(timeline.get(RapidReviewTimeline::getBecameAware));
      chain.add(timeline.get(RapidReviewTimeline::getNotificationSent));
      chain.addAll(timeline.getAll(RapidReviewTimeline::getMeetings));
      timeline.getIfPresent(RapidReviewTimeline::getSubmitted).ifPresent(chain::add);

      Located<LocalDate> latest = chain.get(0);
      for (Located<LocalDate> date : chain.subList(1, chain.size())) {
        if (date.value().isBefore(latest.value())) {
          issue(
              IssueCode.DATES_OUT_OF_ORDER,
              date.pointer(),
              "the date must not be before "
                  + latest.pointer()
                  + "; a rapid review's dates run: became aware, notification sent, meetings, submitted");
        } else {
          latest = date;
        }
      }
    }

    private void issue(IssueCode code, Pointer pointer, String message) {
      issues.add(ValidationIssue.of(code, pointer, message));
    }

    private static <T> String quoted(Getter<T, ?> property) {
      return IssueMessages.quoted(property.jsonName());
    }
  }
}
