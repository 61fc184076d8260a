package org.safeguarding.review.testing;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.safeguarding.review.AccommodationType;
import org.safeguarding.review.Action;
import org.safeguarding.review.Age;
import org.safeguarding.review.AgeUnit;
import org.safeguarding.review.Agency;
import org.safeguarding.review.AgencyInvolvement;
import org.safeguarding.review.AgencyKind;
import org.safeguarding.review.ChildProtectionCategory;
import org.safeguarding.review.Classification;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.Decision;
import org.safeguarding.review.DecisionOutcome;
import org.safeguarding.review.EducationStatus;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.FamilyRole;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.HarmType;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.Incident;
import org.safeguarding.review.IncidentOutcome;
import org.safeguarding.review.KeyPracticeEpisode;
import org.safeguarding.review.LearningFormat;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.LearningTheme;
import org.safeguarding.review.LegalStatus;
import org.safeguarding.review.LocalService;
import org.safeguarding.review.PanelResponse;
import org.safeguarding.review.ParallelProcess;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.Partnership;
import org.safeguarding.review.PartnershipKind;
import org.safeguarding.review.Priority;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.RecommendationStatus;
import org.safeguarding.review.Resource;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.ReviewType;
import org.safeguarding.review.Section;
import org.safeguarding.review.SectionKind;
import org.safeguarding.review.Sex;
import org.safeguarding.review.SignOff;
import org.safeguarding.review.StatutoryPartner;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Theme;

/**
 * QuickTheories generators of valid documents of both types: every property is exercised, texts
 * hold quotes, markup, non-ASCII and the longest allowed lengths, and the parts agree with each
 * other (unique ids and pseudonyms, links and references that resolve, dates in order, placements
 * that do not overlap).
 */
public final class ModelGenerators {

  private ModelGenerators() {}

  /** Valid learning summaries. */
  public static Gen<LearningSummary> learningSummaries() {
    return in -> new DocumentDraw(new Draw(in)).learningSummary();
  }

  /** Valid rapid reviews. */
  public static Gen<RapidReview> rapidReviews() {
    return in -> new DocumentDraw(new Draw(in)).rapidReview();
  }

  /** Valid documents of either type. */
  public static Gen<ReviewDocument> documents() {
    Gen<ReviewDocument> summaries = learningSummaries().map(d -> d);
    Gen<ReviewDocument> reviews = rapidReviews().map(d -> d);
    return summaries.mix(reviews);
  }

  /** Draws one document, keeping the counters that make its ids unique. */
  private static final class DocumentDraw {
    private final Draw draw;
    private int nextId;
    private final List<String> subjects = new ArrayList<>();
    private final List<String> familyLabels = new ArrayList<>();
    private final List<String> findingIds = new ArrayList<>();

    DocumentDraw(Draw draw) {
      this.draw = draw;
    }

    LearningSummary learningSummary() {
      LearningSummary.Builder builder =
          LearningSummary.builder()
              .id(documentId())
              .title(draw.text(Constraints.TITLE_MAX))
              .format(draw.pick(LearningFormat.class));
      maybe(() -> builder.classification(draw.pick(Classification.class)));
      maybe(() -> builder.formatLabel(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.series(draw.text(Constraints.TITLE_MAX)));
      maybe(() -> builder.publisher(partnership()));
      maybe(() -> builder.publicationDate(partialDate(draw.between(2010, 2030))));
      builder.sources(list(3, i -> source()));
      builder.subjects(subjects(5));
      builder.familyMembers(familyMembers());
      maybe(() -> builder.incident(incident()));
      builder.housingPlacements(placements());
      List<List<Finding>> findingsBySection = list(5, i -> list(4, j -> finding()));
      if (findingsBySection.isEmpty()) {
        findingsBySection = List.of(List.of());
      }
      for (List<Finding> findings : findingsBySection) {
        builder.addSections(section(findings));
      }
      builder.keywords(list(4, i -> draw.text(Constraints.NAME_MAX)));
      builder.themes(themes());
      return builder.build();
    }

    RapidReview rapidReview() {
      LocalDate aware = draw.date();
      LocalDate notified = aware.plusDays(draw.between(0, 10));
      List<LocalDate> meetings = new ArrayList<>();
      LocalDate last = notified;
      for (int i = draw.between(0, 3); i > 0; i--) {
        last = last.plusDays(draw.between(0, 10));
        meetings.add(last);
      }
      Optional<LocalDate> submitted =
          draw.coin() ? Optional.of(last.plusDays(draw.between(0, 10))) : Optional.empty();
      RapidReview.Builder builder =
          RapidReview.builder()
              .id(documentId())
              .partnership(partnership())
              .timeline(
                  RapidReviewTimeline.builder()
                      .becameAware(aware)
                      .notificationSent(notified)
                      .meetings(meetings)
                      .submitted(submitted)
                      .build());
      maybe(() -> builder.classification(draw.pick(Classification.class)));
      maybe(() -> builder.panelReference(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.localAuthorityOfIncident(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.localAuthorityOfResidence(draw.text(Constraints.NAME_MAX)));
      List<Subject> children = subjects(4);
      if (children.isEmpty()) {
        children = List.of(subject(0));
      }
      builder.children(children);
      builder.incident(incident());
      builder.familyMembers(familyMembers());
      builder.housingPlacements(placements());
      builder.agencyInvolvement(list(4, i -> agencyInvolvement()));
      builder.keyPracticeEpisodes(list(3, i -> episode()));
      maybe(() -> builder.livedExperience(draw.text(Constraints.TEXT_MAX)));
      maybe(() -> builder.contextAndEquality(draw.text(Constraints.TEXT_MAX)));
      builder.findings(list(5, i -> finding()));
      builder.immediateActions(list(3, i -> action()));
      Decision.Builder decision =
          Decision.builder()
              .outcome(draw.pick(DecisionOutcome.class))
              .rationale(draw.text(Constraints.TEXT_MAX));
      maybe(() -> decision.criteriaMet(draw.coin()));
      maybe(() -> decision.nationalReviewRecommended(draw.coin()));
      maybe(() -> decision.date(aware.plusDays(draw.between(0, 30))));
      builder.decision(decision.build());
      builder.signOff(list(3, i -> signOff(aware)));
      if (submitted.isPresent() && draw.coin()) {
        PanelResponse.Builder response = PanelResponse.builder();
        maybe(() -> response.date(submitted.get().plusDays(draw.between(0, 40))));
        maybe(() -> response.agreesWithDecision(draw.coin()));
        maybe(() -> response.summary(draw.text(Constraints.TEXT_MAX)));
        builder.panelResponse(response.build());
      }
      builder.themes(themes());
      return builder.build();
    }

    private String documentId() {
      String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-._";
      StringBuilder id = new StringBuilder().append((char) ('a' + draw.between(0, 25)));
      for (int i = draw.oneIn(20) ? 63 : draw.between(0, 20); i > 0; i--) {
        id.append(alphabet.charAt(draw.between(0, alphabet.length() - 1)));
      }
      return id.toString();
    }

    private String id(String prefix) {
      return prefix + ++nextId;
    }

    private Partnership partnership() {
      return Partnership.of(draw.text(Constraints.NAME_MAX), draw.pick(PartnershipKind.class));
    }

    private ReviewReference source() {
      ReviewReference.Builder builder = ReviewReference.builder();
      maybe(() -> builder.type(draw.pick(ReviewType.class)));
      maybe(() -> builder.title(draw.text(Constraints.TITLE_MAX)));
      maybe(() -> builder.reference(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.partnership(partnership()));
      int year = draw.between(2010, 2028);
      maybe(() -> builder.decisionDate(partialDate(year)));
      maybe(() -> builder.publicationDate(partialDate(year + 1)));
      return builder.build();
    }

    private List<Subject> subjects(int max) {
      List<Subject> result = list(max, this::subject);
      result.forEach(s -> subjects.add(s.getPseudonym()));
      return result;
    }

    private Subject subject(int index) {
      Subject.Builder builder = Subject.builder().pseudonym(unique(index));
      maybe(() -> builder.age(age()));
      maybe(() -> builder.sex(draw.pick(Sex.class)));
      maybe(() -> builder.ethnicity(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.disability(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.educationStatus(draw.pick(EducationStatus.class)));
      if (draw.coin()) {
        LegalStatus status = draw.pick(LegalStatus.class);
        builder.legalStatus(status);
        if (status == LegalStatus.CHILD_PROTECTION_PLAN && draw.coin()) {
          builder.childProtectionCategory(draw.pick(ChildProtectionCategory.class));
        }
      }
      return builder.build();
    }

    /**
     * A text made unique by a mark at its start, still within the name length. The mark leads so
     * that texts cut short ({@link SmallDocuments}) stay unique.
     */
    private String unique(int index) {
      String mark = "#" + index + " ";
      return mark + draw.text(Constraints.NAME_MAX - mark.length());
    }

    private Age age() {
      return Age.of(draw.between(0, Constraints.AGE_MAX), draw.pick(AgeUnit.class));
    }

    private List<FamilyMember> familyMembers() {
      int count = draw.between(0, 4);
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        labels.add(unique(100 + i));
      }
      List<FamilyMember> members = new ArrayList<>();
      for (String label : labels) {
        FamilyMember.Builder builder =
            FamilyMember.builder().label(label).role(draw.pick(FamilyRole.class));
        maybe(() -> builder.age(age()));
        maybe(() -> builder.careLeaver(draw.coin()));
        builder.relatedSubjects(someOf(subjects));
        if (labels.size() > 1 && draw.coin()) {
          builder.partnerOf(draw.pick(labels));
        }
        maybe(() -> builder.history(draw.text(Constraints.TEXT_MAX)));
        members.add(builder.build());
      }
      familyLabels.addAll(labels);
      return members;
    }

    private Incident incident() {
      Incident.Builder builder =
          Incident.builder()
              .outcome(draw.pick(IncidentOutcome.class))
              .harmTypes(draw.some(HarmType.class, 3))
              .children(someOf(subjects))
              .parallelProcesses(draw.some(ParallelProcess.class, 3));
      maybe(() -> builder.date(partialDate(draw.between(2000, 2030))));
      maybe(() -> builder.summary(draw.text(Constraints.TEXT_MAX)));
      return builder.build();
    }

    /** Placements one after another, two years apart, so that none overlaps another. */
    private List<HousingPlacement> placements() {
      List<String> people = new ArrayList<>(subjects);
      people.addAll(familyLabels);
      int year = draw.between(2000, 2010);
      List<HousingPlacement> placements = new ArrayList<>();
      for (int i = draw.between(0, 3); i > 0; i--, year += 2) {
        HousingPlacement.Builder builder = HousingPlacement.builder();
        maybe(() -> builder.id(id("P")));
        maybe(() -> builder.household(draw.text(Constraints.NAME_MAX)));
        builder.occupants(someOf(people));
        maybe(() -> builder.accommodationType(draw.pick(AccommodationType.class)));
        maybe(() -> builder.description(draw.text(Constraints.STATEMENT_MAX)));
        int start = year;
        maybe(() -> builder.start(partialDate(start)));
        maybe(() -> builder.end(partialDate(start + 1)));
        maybe(() -> builder.placingAuthority(draw.text(Constraints.NAME_MAX)));
        maybe(() -> builder.hostAuthority(draw.text(Constraints.NAME_MAX)));
        maybe(() -> builder.outOfArea(draw.coin()));
        maybe(() -> builder.hostAuthorityNotified(LocalDate.of(start, 6, 1)));
        maybe(() -> builder.distanceFromSupport(draw.text(Constraints.STATEMENT_MAX)));
        maybe(() -> builder.numberOfMoves(draw.between(0, 1000)));
        builder.suitabilityConcerns(list(2, j -> draw.text(Constraints.STATEMENT_MAX)));
        maybe(() -> builder.providerInvolvedInSafeguarding(draw.coin()));
        builder.lostAccessTo(draw.some(LocalService.class, 3));
        placements.add(builder.build());
      }
      return placements;
    }

    private Section section(List<Finding> findings) {
      Section.Builder builder = Section.builder().kind(draw.pick(SectionKind.class));
      maybe(() -> builder.heading(draw.text(Constraints.NAME_MAX)));
      builder.themes(themes());
      builder.paragraphs(list(3, i -> draw.text(Constraints.TEXT_MAX)));
      builder.findings(findings);
      builder.recommendations(list(2, i -> recommendation()));
      builder.actions(list(2, i -> action()));
      builder.questions(list(2, i -> draw.text(Constraints.STATEMENT_MAX)));
      builder.resources(list(2, i -> resource()));
      return builder.build();
    }

    private Finding finding() {
      Finding.Builder builder =
          Finding.builder()
              .id(id("F"))
              .kind(draw.pick(FindingKind.class))
              .statement(draw.text(Constraints.STATEMENT_MAX))
              .themes(themes())
              .agencies(draw.some(AgencyKind.class, 3));
      maybe(() -> builder.title(draw.text(Constraints.TITLE_MAX)));
      maybe(() -> builder.detail(draw.text(Constraints.TEXT_MAX)));
      Finding finding = builder.build();
      findingIds.add(finding.getId());
      return finding;
    }

    private Recommendation recommendation() {
      Recommendation.Builder builder =
          Recommendation.builder()
              .id(id("R"))
              .statement(draw.text(Constraints.STATEMENT_MAX))
              .findings(someOf(findingIds))
              .themes(themes());
      maybe(() -> builder.owner(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.priority(draw.pick(Priority.class)));
      maybe(() -> builder.targetDate(draw.date()));
      maybe(() -> builder.status(draw.pick(RecommendationStatus.class)));
      return builder.build();
    }

    private Action action() {
      Action.Builder builder =
          Action.builder()
              .statement(draw.text(Constraints.STATEMENT_MAX))
              .agencies(draw.some(AgencyKind.class, 2))
              .themes(themes());
      maybe(() -> builder.id(id("A")));
      return builder.build();
    }

    private Resource resource() {
      Resource.Builder builder = Resource.builder().title(draw.text(Constraints.TITLE_MAX));
      maybe(
          () ->
              builder.link(
                  draw.pick(List.of("https://", "http://"))
                      + draw.pick(List.of("example.org", "www.example.gov.uk", "localhost:8080"))
                      + draw.pick(List.of("", "/", "/learning/housing", "/a?b=c&d=%20#top"))));
      maybe(() -> builder.description(draw.text(Constraints.STATEMENT_MAX)));
      return builder.build();
    }

    private AgencyInvolvement agencyInvolvement() {
      Agency.Builder agency = Agency.builder().kind(draw.pick(AgencyKind.class));
      maybe(() -> agency.name(draw.text(Constraints.NAME_MAX)));
      return AgencyInvolvement.builder()
          .agency(agency.build())
          .summary(draw.text(Constraints.TEXT_MAX))
          .build();
    }

    private KeyPracticeEpisode episode() {
      KeyPracticeEpisode.Builder builder =
          KeyPracticeEpisode.builder()
              .title(draw.text(Constraints.TITLE_MAX))
              .description(draw.text(Constraints.TEXT_MAX))
              .agencies(draw.some(AgencyKind.class, 3))
              .themes(themes());
      maybe(() -> builder.id(id("E")));
      maybe(() -> builder.date(partialDate(draw.between(2000, 2030))));
      maybe(() -> builder.analysis(draw.text(Constraints.TEXT_MAX)));
      return builder.build();
    }

    private SignOff signOff(LocalDate aware) {
      SignOff.Builder builder = SignOff.builder().partner(draw.pick(StatutoryPartner.class));
      maybe(() -> builder.role(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.date(aware.plusDays(draw.between(0, 40))));
      return builder.build();
    }

    private List<Theme> themes() {
      List<Theme> themes = new ArrayList<>();
      for (int i = draw.between(0, 3); i > 0; i--) {
        themes.add(
            draw.oneIn(5)
                ? Theme.local(draw.pick(List.of("CUCKOOING", "RURAL_ISOLATION", "A1", "NO_RECOURSE_TO_PUBLIC_FUNDS")))
                : Theme.of(draw.pick(LearningTheme.class)));
      }
      return themes;
    }

    /** A date in {@code year}, known to the year, the month or the day. */
    private PartialDate partialDate(int year) {
      switch (draw.between(0, 2)) {
        case 0:
          return PartialDate.of(Year.of(year));
        case 1:
          return PartialDate.of(YearMonth.of(year, draw.between(1, 12)));
        default:
          return PartialDate.of(LocalDate.of(year, 1, 1).plusDays(draw.between(0, 364)));
      }
    }

    private <T> List<T> someOf(List<T> values) {
      List<T> chosen = new ArrayList<>();
      for (T value : values) {
        if (draw.coin()) {
          chosen.add(value);
        }
      }
      return chosen;
    }

    private <T> List<T> list(int max, Function<Integer, T> item) {
      List<T> items = new ArrayList<>();
      for (int i = 0, count = draw.between(0, max); i < count; i++) {
        items.add(item.apply(i));
      }
      return items;
    }

    private void maybe(Runnable set) {
      if (draw.coin()) {
        set.run();
      }
    }
  }
}
