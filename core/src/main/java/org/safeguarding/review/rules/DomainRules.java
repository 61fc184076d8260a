package org.safeguarding.review.rules;

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
import org.safeguarding.review.Action_;
import org.safeguarding.review.Age;
import org.safeguarding.review.Age_;
import org.safeguarding.review.Consequence;
import org.safeguarding.review.Consequence_;
import org.safeguarding.review.Decision;
import org.safeguarding.review.Decision_;
import org.safeguarding.review.DecisionOutcome;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.FamilyMember_;
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
import org.safeguarding.review.KeyPracticeEpisode;
import org.safeguarding.review.KeyPracticeEpisode_;
import org.safeguarding.review.Move;
import org.safeguarding.review.Move_;
import org.safeguarding.review.PanelResponse;
import org.safeguarding.review.PanelResponse_;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.PersonInRole;
import org.safeguarding.review.PersonInRole_;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReview_;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.RapidReviewTimeline_;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.Recommendation_;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.ReviewReference_;
import org.safeguarding.review.Section;
import org.safeguarding.review.Section_;
import org.safeguarding.review.SignOff;
import org.safeguarding.review.StatedCount;
import org.safeguarding.review.StatedCount_;
import org.safeguarding.review.Status;
import org.safeguarding.review.Status_;
import org.safeguarding.review.StatusKind;
import org.safeguarding.review.StatutoryPartner;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Subject_;
import org.safeguarding.review.Table;
import org.safeguarding.review.Table_;
import org.safeguarding.review.TableRow;
import org.safeguarding.review.TableRow_;
import org.safeguarding.review.TimeSpan;
import org.safeguarding.review.TimeSpan_;
import org.safeguarding.review.When;
import org.safeguarding.review.When_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.Property;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.ValidationIssue;

/**
 * The rules that Bean Validation annotations cannot express because they relate one part of a
 * document to another: dates and ranges in order, placements that do not overlap, tables whose rows
 * are as wide as their columns, unique ids, and unique pseudonyms and labels (one namespace for
 * subjects, groups and family members), and references that point at something the document has.
 *
 * <p>A rapid review is also checked against what the Panel expects of it, as warnings: sign-off by
 * the three statutory partners, at most four children per notification, and the statutory gaps a
 * rapid review may have while it does not know something yet (when the local authority became
 * aware, the incident's outcome, harm and area, each child's age, area and status, the agencies'
 * summaries, the decision). Dates known only to the month or the year are out of order only when
 * certainly so. Instances are immutable and thread-safe.
 */
public final class DomainRules implements DocumentCheck {

  /** A serious incident notification covers at most four children. */
  public static final int MAX_CHILDREN_PER_NOTIFICATION = 4;

  private static final DomainRules STANDARD = new DomainRules();

  private DomainRules() {}

  /** {@return the rules} */
  public static DomainRules standard() {
    return STANDARD;
  }

  @Override
  public List<ValidationIssue> check(ReviewDocument document) {
    Run run = new Run(DocumentParts.of(document));
    run.uniqueIds();
    run.uniqueNames();
    run.references();
    run.placements();
    run.spansAndRanges();
    run.tables();
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
      parts.all(ReviewReference.class).forEach(s -> s.getIfPresent(ReviewReference_.ID).ifPresent(ids::add));
      parts.all(Incident.class).forEach(i -> i.getIfPresent(Incident_.ID).ifPresent(ids::add));
      parts.all(Move.class).forEach(m -> m.getIfPresent(Move_.ID).ifPresent(ids::add));
      parts.all(HousingPlacement.class).forEach(p -> p.getIfPresent(HousingPlacement_.ID).ifPresent(ids::add));
      parts.all(KeyPracticeEpisode.class).forEach(e -> e.getIfPresent(KeyPracticeEpisode_.ID).ifPresent(ids::add));
      parts.all(Finding.class).forEach(f -> ids.add(f.get(Finding_.ID)));
      parts.all(Recommendation.class).forEach(r -> ids.add(r.get(Recommendation_.ID)));
      parts.all(Action.class).forEach(a -> a.getIfPresent(Action_.ID).ifPresent(ids::add));
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

    /**
     * Pseudonyms, group labels and family members' labels are one namespace, so that a reference
     * names one child or person; a repeat gets the code of the part that repeats a name.
     */
    void uniqueNames() {
      Map<String, Pointer> names = new HashMap<>();
      for (Located<Subject> subject : parts.all(Subject.class)) {
        unique(subject.get(Subject_.PSEUDONYM), subject.pointer(), names, IssueCode.PSEUDONYM_DUPLICATE);
      }
      for (Located<Group> group : parts.all(Group.class)) {
        unique(group.get(Group_.LABEL), group.pointer(), names, IssueCode.GROUP_LABEL_DUPLICATE);
      }
      for (Located<FamilyMember> member : parts.all(FamilyMember.class)) {
        unique(member.get(FamilyMember_.LABEL), member.pointer(), names, IssueCode.LABEL_DUPLICATE);
      }
    }

    private void unique(Located<String> name, Pointer owner, Map<String, Pointer> names, IssueCode code) {
      Pointer earlier = names.putIfAbsent(name.value(), owner);
      if (earlier != null) {
        issue(
            code,
            name.pointer(),
            IssueMessages.subject(name.pointer()) + " is already the pseudonym or label of " + earlier
                + "; pseudonyms and the labels of groups and family members must be unique");
      }
    }

    void references() {
      Set<String> children = new HashSet<>();
      parts.all(Subject.class).forEach(s -> children.add(s.value().getPseudonym()));
      parts.all(Group.class).forEach(g -> children.add(g.value().getLabel()));
      Set<String> labels = new HashSet<>();
      parts.all(FamilyMember.class).forEach(m -> labels.add(m.value().getLabel()));
      Set<String> people = new HashSet<>(children);
      people.addAll(labels);
      Set<String> sources = new HashSet<>();
      parts.all(ReviewReference.class).forEach(s -> s.value().getId().ifPresent(sources::add));
      Set<String> peopleAndSources = new HashSet<>(people);
      peopleAndSources.addAll(sources);
      Set<String> findingIds = new HashSet<>();
      parts.all(Finding.class).forEach(f -> findingIds.add(f.value().getId()));

      String child = "must name subjects by pseudonym or groups by label";
      String person = "must name subjects by pseudonym, or groups or family members by label";
      String source = "must hold ids of sources of the document";
      for (Located<ReviewReference> reference : parts.all(ReviewReference.class)) {
        unknown(reference.getAll(ReviewReference_.SUBJECTS), children, IssueCode.UNKNOWN_SUBJECT, child);
      }
      for (Located<FamilyMember> member : parts.all(FamilyMember.class)) {
        unknown(member.getAll(FamilyMember_.RELATED_SUBJECTS), children, IssueCode.UNKNOWN_SUBJECT, child);
        member
            .getIfPresent(FamilyMember_.PARTNER_OF)
            .filter(partner -> !labels.contains(partner.value()))
            .ifPresent(partner -> issue(IssueCode.UNKNOWN_PERSON, partner.pointer(),
                IssueMessages.subject(partner.pointer()) + " must be the label of a family member of the document"));
      }
      for (Located<Incident> incident : parts.all(Incident.class)) {
        unknown(incident.getAll(Incident_.SUBJECTS), children, IssueCode.UNKNOWN_SUBJECT, child);
      }
      for (Located<Section> section : parts.all(Section.class)) {
        unknown(section.getAll(Section_.SUBJECTS), children, IssueCode.UNKNOWN_SUBJECT, child);
        unknown(section.getAll(Section_.SOURCES), sources, IssueCode.UNKNOWN_SOURCE, source);
      }
      for (Located<Consequence> consequence : parts.all(Consequence.class)) {
        unknown(consequence.getAll(Consequence_.PEOPLE), people, IssueCode.UNKNOWN_PERSON, person);
      }
      for (Located<Move> move : parts.all(Move.class)) {
        unknown(move.getAll(Move_.PEOPLE), people, IssueCode.UNKNOWN_PERSON, person);
      }
      for (Located<HousingPlacement> placement : parts.all(HousingPlacement.class)) {
        unknown(placement.getAll(HousingPlacement_.OCCUPANTS), people, IssueCode.UNKNOWN_PERSON, person);
      }
      for (Located<Figure> figure : parts.all(Figure.class)) {
        unknown(figure.getAll(Figure_.ABOUT), peopleAndSources, IssueCode.UNKNOWN_PERSON,
            "must name subjects by pseudonym, groups or family members by label, or sources by id");
      }
      for (Located<StatedCount> count : parts.all(StatedCount.class)) {
        unknown(count.getAll(StatedCount_.SOURCES), sources, IssueCode.UNKNOWN_SOURCE, source);
      }
      for (Located<PersonInRole> named : parts.all(PersonInRole.class)) {
        unknown(named.getAll(PersonInRole_.SOURCES), sources, IssueCode.UNKNOWN_SOURCE, source);
      }
      for (Located<Finding> finding : parts.all(Finding.class)) {
        unknown(finding.getAll(Finding_.SOURCES), sources, IssueCode.UNKNOWN_SOURCE, source);
      }
      String findings = "must hold ids of findings in the document";
      for (Located<Recommendation> recommendation : parts.all(Recommendation.class)) {
        unknown(recommendation.getAll(Recommendation_.FINDINGS), findingIds, IssueCode.UNKNOWN_FINDING, findings);
      }
      for (Located<Action> action : parts.all(Action.class)) {
        unknown(action.getAll(Action_.FINDINGS), findingIds, IssueCode.UNKNOWN_FINDING, findings);
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
              placement.at(HousingPlacement_.END),
              quoted(HousingPlacement_.END) + " must not be before " + quoted(HousingPlacement_.START));
        }
      }
      for (int later = 0; later < placements.size(); later++) {
        for (int earlier = 0; earlier < later; earlier++) {
          HousingPlacement a = placements.get(earlier).value();
          HousingPlacement b = placements.get(later).value();
          if (a.getHousehold().equals(b.getHousehold()) && certainlyOverlap(a, b)) {
            issue(
                IssueCode.PLACEMENTS_OVERLAP,
                placements.get(later).at(HousingPlacement_.START),
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

    /** A span that certainly ends before it starts; a range of ages or of time that ends below its start. */
    void spansAndRanges() {
      for (Located<When> when : parts.all(When.class)) {
        Optional<PartialDate> from = when.value().getFrom();
        Optional<PartialDate> to = when.value().getTo();
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
          issue(IssueCode.DATES_OUT_OF_ORDER, when.at(When_.TO), quoted(When_.TO) + " must not be before " + quoted(When_.FROM));
        }
      }
      for (Located<Age> age : parts.all(Age.class)) {
        range(age.value().getValue(), age.value().getTo(), age.at(Age_.TO), quoted(Age_.VALUE));
      }
      for (Located<TimeSpan> span : parts.all(TimeSpan.class)) {
        range(span.value().getValue(), span.value().getTo(), span.at(TimeSpan_.TO), quoted(TimeSpan_.VALUE));
      }
    }

    private void range(Optional<Integer> start, Optional<Integer> end, Pointer at, String startName) {
      if (start.isPresent() && end.isPresent() && end.get() < start.get()) {
        issue(IssueCode.RANGE_REVERSED, at, IssueMessages.subject(at) + " ends a range and must not be below " + startName);
      }
    }

    void tables() {
      for (Located<Table> table : parts.all(Table.class)) {
        int columns = table.value().getColumns().size();
        for (Located<TableRow> row : table.getAll(Table_.ROWS)) {
          if (row.value().getCells().size() != columns) {
            issue(
                IssueCode.TABLE_CELL_COUNT,
                row.at(TableRow_.CELLS),
                quoted(TableRow_.CELLS) + " must have one cell for each of the table's "
                    + (columns == 1 ? "1 column" : columns + " columns"));
          }
        }
      }
    }

    void protectionCategories() {
      for (Located<Status> status : parts.all(Status.class)) {
        if (status.value().getCategory().isPresent() && status.value().getKind() != StatusKind.CHILD_PROTECTION_PLAN) {
          issue(
              IssueCode.CATEGORY_WITHOUT_PLAN,
              status.at(Status_.CATEGORY),
              quoted(Status_.CATEGORY) + " is given but " + quoted(Status_.KIND) + " is not " + StatusKind.CHILD_PROTECTION_PLAN);
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
              source.at(ReviewReference_.PUBLICATION_DATE),
              quoted(ReviewReference_.PUBLICATION_DATE) + " must not be before " + quoted(ReviewReference_.DECISION_DATE));
        }
      }
    }

    void rapidReview() {
      Located<RapidReview> review = new Located<>((RapidReview) parts.document().value(), parts.document().pointer());
      Located<RapidReviewTimeline> timeline = review.get(RapidReview_.TIMELINE);
      timeline(timeline);
      Optional<PartialDate> aware = timeline.value().getBecameAware();
      Optional<Located<Decision>> decision = review.getIfPresent(RapidReview_.DECISION);
      decision
          .flatMap(d -> d.getIfPresent(Decision_.DATE))
          .filter(date -> aware.isPresent() && date.value().isBefore(aware.get()))
          .ifPresent(date -> issue(IssueCode.DATES_OUT_OF_ORDER, date.pointer(),
              quoted(Decision_.DATE) + " of the decision must not be before " + quoted(RapidReviewTimeline_.BECAME_AWARE)));
      Optional<PartialDate> submitted = timeline.value().getSubmitted();
      review
          .getIfPresent(RapidReview_.PANEL_RESPONSE)
          .flatMap(response -> response.getIfPresent(PanelResponse_.DATE))
          .filter(date -> submitted.isPresent() && date.value().isBefore(submitted.get()))
          .ifPresent(date -> issue(IssueCode.DATES_OUT_OF_ORDER, date.pointer(),
              quoted(PanelResponse_.DATE) + " of the Panel's response must not be before " + quoted(RapidReviewTimeline_.SUBMITTED)));
      if (review.value().getChildren().size() > MAX_CHILDREN_PER_NOTIFICATION) {
        issue(
            IssueCode.TOO_MANY_CHILDREN,
            review.at(RapidReview_.CHILDREN),
            "one serious incident notification covers at most " + MAX_CHILDREN_PER_NOTIFICATION + " children");
      }
      decision
          .filter(d -> d.value().getCriteriaMet().orElse(false) && d.value().getOutcome() == DecisionOutcome.NO_FURTHER_REVIEW)
          .ifPresent(d -> issue(
              IssueCode.CRITERIA_MET_WITHOUT_REVIEW,
              d.at(Decision_.OUTCOME),
              quoted(Decision_.CRITERIA_MET) + " is true but " + quoted(Decision_.OUTCOME) + " is "
                  + DecisionOutcome.NO_FURTHER_REVIEW + "; the rationale should say why"));
      if (submitted.isPresent()) {
        Set<StatutoryPartner> missing = EnumSet.allOf(StatutoryPartner.class);
        review.value().getSignOff().stream().map(SignOff::getPartner).forEach(missing::remove);
        if (!missing.isEmpty()) {
          issue(
              IssueCode.SIGN_OFF_MISSING,
              review.at(RapidReview_.SIGN_OFF),
              "a submitted rapid review is signed off by all three statutory partners; missing: "
                  + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
      }
      new StatutoryGaps(review, issues).check();
    }

    /**
     * Became aware, notification sent, each meeting, submitted: each not certainly before the one
     * before it.
     */
    private void timeline(Located<RapidReviewTimeline> timeline) {
      List<Located<PartialDate>> chain = new ArrayList<>();
      timeline.getIfPresent(RapidReviewTimeline_.BECAME_AWARE).ifPresent(chain::add);
      chain.add(timeline.get(RapidReviewTimeline_.NOTIFICATION_SENT));
      chain.addAll(timeline.getAll(RapidReviewTimeline_.MEETINGS));
      timeline.getIfPresent(RapidReviewTimeline_.SUBMITTED).ifPresent(chain::add);

      Located<PartialDate> latest = chain.get(0);
      for (Located<PartialDate> date : chain.subList(1, chain.size())) {
        if (date.value().isBefore(latest.value())) {
          issue(
              IssueCode.DATES_OUT_OF_ORDER,
              date.pointer(),
              "the date must not be before "
                  + latest.pointer()
                  + "; a rapid review's dates run: became aware, notification sent, meetings, submitted");
        } else if (date.value().getEarliest().isAfter(latest.value().getEarliest())) {
          latest = date;
        }
      }
    }

    private void issue(IssueCode code, Pointer pointer, String message) {
      issues.add(ValidationIssue.of(code, pointer, message));
    }

    private static <T> String quoted(Property<T, ?> property) {
      return IssueMessages.quoted(property.name());
    }
  }
}
