package org.safeguarding.review.testing;

import java.math.BigDecimal;
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
import org.safeguarding.review.Arrangement;
import org.safeguarding.review.ArrangementHolder;
import org.safeguarding.review.ArrangementKind;
import org.safeguarding.review.ArrangementStatus;
import org.safeguarding.review.AssessmentFactor;
import org.safeguarding.review.AudienceRole;
import org.safeguarding.review.Block;
import org.safeguarding.review.Cadence;
import org.safeguarding.review.CareLeaverCategory;
import org.safeguarding.review.CaseEvent;
import org.safeguarding.review.Certainty;
import org.safeguarding.review.ChangeDirection;
import org.safeguarding.review.ChildProtectionCategory;
import org.safeguarding.review.Classification;
import org.safeguarding.review.ClosureReason;
import org.safeguarding.review.Completeness;
import org.safeguarding.review.CompletenessStatus;
import org.safeguarding.review.Consequence;
import org.safeguarding.review.Contact;
import org.safeguarding.review.ConsequenceKind;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.Contributor;
import org.safeguarding.review.CopyWording;
import org.safeguarding.review.Count;
import org.safeguarding.review.CountedPart;
import org.safeguarding.review.CriminalRecord;
import org.safeguarding.review.CriminalRecordKind;
import org.safeguarding.review.CriteriaJoin;
import org.safeguarding.review.Decision;
import org.safeguarding.review.DecisionOutcome;
import org.safeguarding.review.Disability;
import org.safeguarding.review.Dissemination;
import org.safeguarding.review.DisseminationMeans;
import org.safeguarding.review.EducationStatus;
import org.safeguarding.review.Ethnicity;
import org.safeguarding.review.EventKind;
import org.safeguarding.review.FactorCertainty;
import org.safeguarding.review.Family;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.FamilyRole;
import org.safeguarding.review.Figure;
import org.safeguarding.review.FigureUnit;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.Glossary;
import org.safeguarding.review.GlossaryEntry;
import org.safeguarding.review.Group;
import org.safeguarding.review.HarmType;
import org.safeguarding.review.HarmedBy;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.Image;
import org.safeguarding.review.Incident;
import org.safeguarding.review.IncidentCircumstance;
import org.safeguarding.review.IncidentNotification;
import org.safeguarding.review.IncidentOutcome;
import org.safeguarding.review.InferredFact;
import org.safeguarding.review.InferredField;
import org.safeguarding.review.InjuryKind;
import org.safeguarding.review.Item;
import org.safeguarding.review.ItemList;
import org.safeguarding.review.KeyPracticeEpisode;
import org.safeguarding.review.LearningFormat;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.LearningTheme;
import org.safeguarding.review.LegalStatus;
import org.safeguarding.review.Level;
import org.safeguarding.review.LifeStage;
import org.safeguarding.review.LocalService;
import org.safeguarding.review.Meeting;
import org.safeguarding.review.MeetingKind;
import org.safeguarding.review.Move;
import org.safeguarding.review.Nation;
import org.safeguarding.review.Notification;
import org.safeguarding.review.NotificationRoute;
import org.safeguarding.review.Omission;
import org.safeguarding.review.Organisation;
import org.safeguarding.review.OrganisationKind;
import org.safeguarding.review.OutputKind;
import org.safeguarding.review.OutputStatus;
import org.safeguarding.review.PanelResponse;
import org.safeguarding.review.ParallelProcess;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.PersonInRole;
import org.safeguarding.review.Place;
import org.safeguarding.review.PlacementType;
import org.safeguarding.review.Presentation;
import org.safeguarding.review.PresentationRoute;
import org.safeguarding.review.PrimaryNeed;
import org.safeguarding.review.Priority;
import org.safeguarding.review.ProcessDescription;
import org.safeguarding.review.ProcessStep;
import org.safeguarding.review.ProcessStepKind;
import org.safeguarding.review.Provenance;
import org.safeguarding.review.PublicationExtent;
import org.safeguarding.review.Qualifier;
import org.safeguarding.review.Quote;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.RecommendationStatus;
import org.safeguarding.review.Registration;
import org.safeguarding.review.RelativeTime;
import org.safeguarding.review.Resource;
import org.safeguarding.review.ReviewConclusion;
import org.safeguarding.review.ReviewCriterion;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewMethod;
import org.safeguarding.review.ReviewOutput;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.ReviewScope;
import org.safeguarding.review.ReviewStage;
import org.safeguarding.review.ReviewType;
import org.safeguarding.review.RiskAssessment;
import org.safeguarding.review.RiskFactor;
import org.safeguarding.review.RoleKind;
import org.safeguarding.review.Section;
import org.safeguarding.review.SectionKind;
import org.safeguarding.review.Sector;
import org.safeguarding.review.SelfAssessment;
import org.safeguarding.review.Setting;
import org.safeguarding.review.Sex;
import org.safeguarding.review.Share;
import org.safeguarding.review.SignOff;
import org.safeguarding.review.StatedCount;
import org.safeguarding.review.Status;
import org.safeguarding.review.StatusKind;
import org.safeguarding.review.StatusTiming;
import org.safeguarding.review.StatutoryPartner;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Submission;
import org.safeguarding.review.Table;
import org.safeguarding.review.TableColumn;
import org.safeguarding.review.TableRow;
import org.safeguarding.review.Theme;
import org.safeguarding.review.TimeRelation;
import org.safeguarding.review.TimeSpan;
import org.safeguarding.review.TitleSource;
import org.safeguarding.review.UniversalHealthContact;
import org.safeguarding.review.When;

/**
 * QuickTheories generators of valid documents of both types: every property is exercised, texts
 * hold quotes, markup, non-ASCII and the longest allowed lengths, and the parts agree with each
 * other (unique ids, pseudonyms and labels, links and references that resolve, dates, spans and
 * ranges in order, placements that do not overlap, tables whose rows are as wide as their columns).
 * Learning summaries hold content of every kind of block and item, nested lists and subsections,
 * ages and time spans of every form, groups, several incidents, moves, figures and stated counts.
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

  /** Draws one document, keeping the counters that make its ids and names unique. */
  private static final class DocumentDraw {
    private final Draw draw;
    private int nextId;
    private int nextName;
    private final List<String> children = new ArrayList<>();
    private final List<String> familyLabels = new ArrayList<>();
    private final List<String> memberLabels = new ArrayList<>();
    private final List<String> sourceIds = new ArrayList<>();
    private final List<String> groupLabels = new ArrayList<>();
    private final List<String> findingIds = new ArrayList<>();
    private final List<String> itemIds = new ArrayList<>();
    private boolean sensitive;

    DocumentDraw(Draw draw) {
      this.draw = draw;
    }

    LearningSummary learningSummary() {
      LearningSummary.Builder builder =
          LearningSummary.builder()
              .id(documentId())
              .title(draw.text(Constraints.TITLE_MAX))
              .format(draw.pick(LearningFormat.class));
      Classification classification = draw.coin() ? draw.pick(Classification.class) : Classification.FOR_PUBLICATION;
      builder.classification(classification);
      sensitive = classification == Classification.SENSITIVE;
      maybe(() -> builder.provenance(provenance()));
      maybe(() -> builder.subtitle(draw.text(Constraints.TITLE_MAX)));
      maybe(() -> builder.formatLabel(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.formatDescription(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.series(draw.text(Constraints.TITLE_MAX)));
      builder.drawsOn(list(2, i -> resource()));
      maybe(() -> builder.purpose(draw.text(Constraints.STATEMENT_MAX)));
      builder.audience(draw.some(AgencyKind.class, 2));
      builder.audienceRoles(draw.some(AudienceRole.class, 2));
      maybe(() -> builder.audienceAsWritten(draw.text(Constraints.STATEMENT_MAX)));
      if (draw.coin()) {
        builder.partnership(organisation()).jointlyWith(list(2, i -> organisation())).structure(list(2, i -> organisation()));
      }
      maybe(() -> builder.publicationDate(partialDate(draw.between(2010, 2030))));
      maybe(() -> builder.approvedBy(organisation()));
      int reviewed = draw.between(2010, 2028);
      maybe(() -> builder.approvalDate(partialDate(reviewed)));
      maybe(() -> builder.nextReviewDate(partialDate(reviewed + 1)));
      // Groups first, so that a subject may be one of them.
      List<Group> groups = groups();
      builder.subjects(subjects(4));
      builder.groups(groups);
      builder.familyMembers(familyMembers());
      builder.families(families());
      builder.sources(list(3, i -> source()));
      builder.people(list(2, i -> person()));
      builder.incidents(list(2, i -> incident()));
      builder.events(list(2, i -> event()));
      builder.moves(list(2, i -> move()));
      builder.housingPlacements(placements());
      builder.agencies(list(3, i -> agency()));
      builder.arrangements(list(2, i -> arrangement()));
      builder.processDescriptions(list(2, i -> process()));
      builder.figures(list(2, i -> figure()));
      builder.statedCounts(list(2, i -> statedCount()));
      builder.selfAssessments(list(2, i -> selfAssessment()));
      List<Section> sections = list(4, i -> section(1));
      builder.sections(sections.isEmpty() ? List.of(section(1)) : sections);
      builder.keywords(list(4, i -> draw.text(Constraints.NAME_MAX)));
      builder.themes(themes());
      return builder.build();
    }

    RapidReview rapidReview() {
      LocalDate aware = draw.date();
      LocalDate notified = aware.plusDays(draw.between(0, 10));
      List<PartialDate> meetings = new ArrayList<>();
      LocalDate last = notified;
      for (int i = draw.between(0, 3); i > 0; i--) {
        last = last.plusDays(draw.between(0, 10));
        meetings.add(lessPrecise(last));
      }
      Optional<LocalDate> submitted =
          draw.coin() ? Optional.of(last.plusDays(draw.between(0, 10))) : Optional.empty();
      RapidReviewTimeline.Builder timeline =
          RapidReviewTimeline.builder().notificationSent(lessPrecise(notified)).meetings(meetings);
      maybe(() -> timeline.becameAware(lessPrecise(aware)));
      submitted.ifPresent(date -> timeline.submitted(lessPrecise(date)));
      RapidReview.Builder builder =
          RapidReview.builder().id(documentId()).partnership(organisation()).timeline(timeline.build());
      Classification classification = draw.coin() ? draw.pick(Classification.class) : Classification.SENSITIVE;
      builder.classification(classification);
      sensitive = classification == Classification.SENSITIVE;
      maybe(() -> builder.provenance(provenance()));
      maybe(() -> builder.panelReference(draw.text(Constraints.NAME_MAX)));
      List<Subject> subjects = subjects(4);
      builder.children(subjects.isEmpty() ? List.of(subject(0)) : subjects);
      builder.familyMembers(familyMembers());
      builder.families(families());
      builder.incident(incident());
      maybe(() -> builder.notification(notification()));
      builder.moves(list(2, i -> move()));
      builder.housingPlacements(placements());
      builder.agencyInvolvement(list(4, i -> agencyInvolvement()));
      builder.arrangements(list(2, i -> arrangement()));
      builder.keyPracticeEpisodes(list(3, i -> episode()));
      maybe(() -> builder.livedExperience(draw.text(Constraints.TEXT_MAX)));
      maybe(() -> builder.contextAndEquality(draw.text(Constraints.TEXT_MAX)));
      builder.findings(list(5, i -> finding()));
      builder.immediateActions(list(3, i -> action()));
      if (draw.coin()) {
        Decision.Builder decision =
            Decision.builder()
                .outcome(draw.pick(DecisionOutcome.class))
                .rationale(draw.text(Constraints.TEXT_MAX));
        maybe(() -> decision.criteriaMet(draw.coin()));
        maybe(() -> decision.nationalReviewRecommended(draw.coin()));
        maybe(() -> decision.date(lessPrecise(aware.plusDays(draw.between(0, 30)))));
        builder.decision(decision.build());
      }
      builder.signOff(list(3, i -> signOff(aware)));
      if (submitted.isPresent() && draw.coin()) {
        PanelResponse.Builder response = PanelResponse.builder();
        maybe(() -> response.date(lessPrecise(submitted.get().plusDays(draw.between(0, 40)))));
        maybe(() -> response.agreesWithDecision(draw.coin()));
        maybe(() -> response.nationalReview(draw.coin()));
        maybe(() -> response.summary(draw.text(Constraints.TEXT_MAX)));
        builder.panelResponse(response.build());
      }
      builder.themes(themes());
      return builder.build();
    }

    /**
     * An id of every character an id may have, where a digit is always followed by "_", so that no
     * id looks like personal data to the privacy scan (a National Insurance number such as
     * hz663003a, a postcode such as a9a9aa, a telephone or NHS number).
     */
    private String documentId() {
      String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-._";
      StringBuilder id = new StringBuilder().append((char) ('a' + draw.between(0, 25)));
      for (int i = draw.oneIn(20) ? 63 : draw.between(0, 20); i > 0; i--) {
        boolean afterDigit = Character.isDigit(id.charAt(id.length() - 1));
        id.append(afterDigit ? '_' : alphabet.charAt(draw.between(0, alphabet.length() - 1)));
      }
      return id.toString();
    }

    private String id(String prefix) {
      return prefix + ++nextId;
    }

    /**
     * A text made unique in the document by a mark at its start, still within the name length. The
     * mark leads so that texts cut short ({@link SmallDocuments}) stay unique.
     */
    private String uniqueName() {
      String mark = "#" + ++nextName + " ";
      return mark + draw.text(Constraints.NAME_MAX - mark.length());
    }

    private Provenance provenance() {
      Provenance.Builder builder = Provenance.builder();
      maybe(() -> builder.link(link()));
      maybe(() -> builder.copyLink(link()));
      maybe(() -> builder.retrieved(partialDate(draw.between(2015, 2030))));
      maybe(() -> builder.publishedBy(organisation()));
      maybe(() -> builder.documentReference(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.illustrative(draw.coin()));
      builder.basedOn(list(2, i -> link()));
      maybe(() -> builder.note(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.wording(draw.pick(CopyWording.class)));
      maybe(() -> builder.titleFrom(draw.pick(TitleSource.class)));
      builder.inferred(list(2, i -> InferredFact.builder().field(draw.pick(InferredField.class)).takenFrom(draw.pick(TitleSource.class)).build()));
      if (draw.coin()) {
        Completeness.Builder completeness = Completeness.builder().status(draw.pick(CompletenessStatus.class));
        maybe(() -> completeness.note(draw.text(Constraints.STATEMENT_MAX)));
        maybe(() -> completeness.endsMidway(draw.coin()));
        builder.completeness(completeness.build());
      }
      return builder.build();
    }

    /** An organisation with a name, an area or both. */
    private Organisation organisation() {
      Organisation.Builder builder = Organisation.builder();
      switch (draw.between(0, 3)) {
        case 0 -> builder.name(draw.text(Constraints.NAME_MAX));
        case 1 -> builder.area(draw.text(Constraints.NAME_MAX));
        case 2 -> builder.kind(draw.pick(OrganisationKind.class));
        default -> builder.name(draw.text(Constraints.NAME_MAX)).area(draw.text(Constraints.NAME_MAX));
      }
      maybe(() -> builder.abbreviation(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.kind(draw.pick(OrganisationKind.class)));
      maybe(() -> builder.inferred(draw.coin()));
      maybe(() -> builder.succeededBy(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.partOf(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.sector(draw.pick(Sector.class)));
      maybe(() -> builder.level(draw.pick(Level.class)));
      builder.agencyKinds(draw.some(AgencyKind.class, 2));
      builder.members(list(2, i -> agency()));
      maybe(() -> builder.meets(draw.pick(Cadence.class)));
      maybe(() -> builder.meetsAsWritten(draw.text(Constraints.NAME_MAX)));
      builder.contacts(list(2, i -> contact()));
      return builder.build();
    }

    /** A contact with at least one way to reach a body; its mailbox and line are an organisation's. */
    private Contact contact() {
      Contact.Builder builder = Contact.builder();
      switch (draw.between(0, 2)) {
        case 0 -> builder.email(draw.pick(List.of("safeguarding.partnership@example.gov.uk", "info@example.org")));
        case 1 -> builder.telephone(draw.pick(List.of("0300 123 4567", "0808 800 5000")));
        default -> builder.link(link());
      }
      maybe(() -> builder.label(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.link(link()));
      return builder.build();
    }

    private PersonInRole person() {
      PersonInRole.Builder builder = PersonInRole.builder().roles(draw.some(RoleKind.class, 2));
      if (draw.coin()) {
        maybe(() -> builder.name(draw.text(Constraints.NAME_MAX)));
      } else {
        maybe(() -> builder.count(count()));
      }
      maybe(() -> builder.roleAsWritten(draw.text(Constraints.TITLE_MAX)));
      maybe(() -> builder.organisation(organisation()));
      builder.sources(someOf(sourceIds));
      return builder.build();
    }

    private ReviewReference source() {
      ReviewReference.Builder builder = ReviewReference.builder();
      builder.covers(someOf(sourceIds));
      builder.buildsOn(someOf(sourceIds));
      builder.drawsOn(list(2, i -> resource()));
      if (!sourceIds.isEmpty()) {
        maybe(() -> builder.partOf(draw.pick(sourceIds)));
        maybe(() -> builder.memberOf(draw.pick(sourceIds)));
      }
      if (draw.coin()) {
        String id = id("S");
        builder.id(id);
        sourceIds.add(id);
      }
      if (draw.coin()) {
        maybe(() -> builder.criteriaAsWritten(draw.text(Constraints.STATEMENT_MAX)));
      } else {
        builder.criteria(list(2, i -> criterion()));
        maybe(() -> builder.criteriaJoin(draw.pick(CriteriaJoin.class)).addCriteria(criterion()));
      }
      builder.audience(draw.some(AgencyKind.class, 2)).audienceRoles(draw.some(AudienceRole.class, 2));
      maybe(() -> builder.audienceAsWritten(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.exclusion(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.selectionCriteria(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.nonRecent(draw.coin()));
      maybe(() -> builder.madeRecommendations(draw.coin()));
      if (draw.coin()) {
        maybe(() -> builder.type(draw.pick(ReviewType.class)));
      } else {
        builder.types(draw.some(ReviewType.class, 3));
      }
      maybe(() -> builder.typeAsWritten(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.nation(draw.pick(Nation.class)));
      maybe(() -> builder.scope(draw.pick(ReviewScope.class)));
      builder.remit(list(2, i -> draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.title(draw.text(Constraints.TITLE_MAX)));
      maybe(() -> builder.reference(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.edition(draw.between(1, 40)));
      if (draw.coin()) {
        builder.publishedBy(organisation()).jointlyWith(list(2, i -> organisation()));
      }
      builder.contributors(list(2, i -> contributor()));
      builder.meetings(list(2, i -> meeting()));
      maybe(() -> builder.commissionedBy(organisation()));
      maybe(() -> builder.count(count()));
      builder.conclusions(list(2, i -> conclusion()));
      maybe(() -> builder.panelReference(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.partnership(organisation()));
      maybe(() -> builder.referredBy(organisation()));
      maybe(() -> builder.link(link()));
      builder.subjects(someOf(children));
      builder.methods(draw.some(ReviewMethod.class, 3));
      builder.methodsAsWritten(list(2, i -> draw.text(Constraints.NAME_MAX)));
      builder.conductedBy(list(2, i -> organisation()));
      builder.fundedBy(list(2, i -> organisation()));
      maybe(() -> builder.period(when()));
      int year = draw.between(2010, 2028);
      if (draw.coin()) {
        maybe(() -> builder.decisionDate(partialDate(year)));
      } else {
        maybe(() -> builder.decisionWhen(When.builder().asWritten(draw.text(Constraints.NAME_MAX)).build()));
      }
      maybe(() -> builder.decisionReason(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.publicationDate(partialDate(year + 1)));
      maybe(() -> builder.stage(draw.pick(ReviewStage.class)));
      maybe(() -> builder.stageWhen(draw.coin() ? When.of(partialDate(year + 1)) : When.builder().asWritten(draw.text(Constraints.NAME_MAX)).build()));
      maybe(() -> builder.stageReason(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.stageProcess(draw.pick(ParallelProcess.class)));
      maybe(() -> builder.publication(draw.pick(PublicationExtent.class)));
      maybe(() -> builder.availability(draw.text(Constraints.STATEMENT_MAX)));
      builder.forConsiderationBy(list(2, i -> organisation()));
      builder.submissions(list(2, i -> submission()));
      builder.responses(list(2, i -> resource()));
      builder.outputs(list(2, i -> output()));
      builder.dissemination(list(2, i -> dissemination()));
      return builder.build();
    }

    private ReviewCriterion criterion() {
      return ReviewCriterion.builder().asWritten(draw.text(Constraints.STATEMENT_MAX))
          .harmTypes(draw.some(HarmType.class, 2)).statuses(draw.some(StatusKind.class, 2)).build();
    }

    /** An output with a kind, its words or both. */
    private ReviewOutput output() {
      ReviewOutput.Builder builder = ReviewOutput.builder();
      if (draw.coin()) {
        builder.kind(draw.pick(OutputKind.class));
        maybe(() -> builder.kindAsWritten(draw.text(Constraints.NAME_MAX)));
      } else {
        builder.kindAsWritten(draw.text(Constraints.NAME_MAX));
      }
      maybe(() -> builder.status(draw.pick(OutputStatus.class)));
      maybe(() -> builder.date(when()));
      maybe(() -> builder.reason(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.process(draw.pick(ParallelProcess.class)));
      maybe(() -> builder.link(link()));
      return builder.build();
    }

    private Dissemination dissemination() {
      Dissemination.Builder builder = Dissemination.builder().asWritten(draw.text(Constraints.STATEMENT_MAX))
          .means(draw.some(DisseminationMeans.class, 2)).audience(draw.some(AgencyKind.class, 2))
          .audienceRoles(draw.some(AudienceRole.class, 2));
      maybe(() -> builder.when(when()));
      return builder.build();
    }

    private Contributor contributor() {
      Contributor.Builder builder = Contributor.builder().organisation(organisation());
      maybe(() -> builder.role(draw.text(Constraints.STATEMENT_MAX)));
      return builder.build();
    }

    /** A meeting with at least one of kind, when, by and purpose. */
    private Meeting meeting() {
      Meeting.Builder builder = Meeting.builder();
      switch (draw.between(0, 3)) {
        case 0 -> builder.when(when());
        case 1 -> builder.addBy(organisation());
        case 2 -> builder.kind(draw.pick(MeetingKind.class));
        default -> builder.purpose(draw.text(Constraints.STATEMENT_MAX));
      }
      maybe(() -> builder.kind(draw.pick(MeetingKind.class)));
      builder.attendees(someOf(people()));
      maybe(() -> builder.when(when()));
      builder.addAllBy(list(2, i -> organisation()));
      maybe(() -> builder.purpose(draw.text(Constraints.STATEMENT_MAX)));
      return builder.build();
    }

    private Submission submission() {
      Submission.Builder builder = Submission.builder().to(organisation());
      int year = draw.between(2010, 2028);
      maybe(() -> builder.date(partialDate(year)));
      maybe(() -> builder.response(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.responseDate(partialDate(year + 1)));
      return builder.build();
    }

    private List<Subject> subjects(int max) {
      return list(max, this::subject);
    }

    private Subject subject(int index) {
      String pseudonym = uniqueName();
      children.add(pseudonym);
      Subject.Builder builder = Subject.builder().pseudonym(pseudonym);
      maybe(() -> builder.unnamed(draw.coin()));
      maybe(() -> builder.exclusion(draw.text(Constraints.STATEMENT_MAX)));
      if (!groupLabels.isEmpty()) {
        maybe(() -> builder.partOf(draw.pick(groupLabels)));
      }
      maybe(() -> builder.age(age()));
      maybe(() -> builder.ageAtDeath(age()));
      maybe(() -> builder.ageNow(age()));
      maybe(() -> builder.sex(draw.pick(Sex.class)));
      maybe(() -> builder.ethnicity(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.disability(draw.text(Constraints.STATEMENT_MAX)));
      if (sensitive) {
        maybe(() -> builder.censusEthnicity(draw.pick(Ethnicity.class)));
        builder.censusDisabilities(draw.some(Disability.class, 3));
      }
      maybe(() -> builder.area(draw.text(Constraints.NAME_MAX)));
      builder.statuses(list(2, i -> status(false)));
      maybe(() -> builder.educationStatus(draw.pick(EducationStatus.class)));
      builder.registrations(list(2, i -> registration()));
      maybe(() -> builder.concernsKnown(draw.coin()));
      maybe(() -> builder.concernsAsWritten(draw.text(Constraints.STATEMENT_MAX)));
      builder.criminalHistory(list(2, i -> criminalRecord()));
      builder.riskFactors(list(3, i -> riskFactor()));
      return builder.build();
    }

    private List<Group> groups() {
      return list(2, i -> {
        String label = uniqueName();
        List<String> others = new ArrayList<>(groupLabels);
        groupLabels.add(label);
        children.add(label);
        Group.Builder builder = Group.builder().label(label);
        if (!others.isEmpty()) {
          maybe(() -> builder.partOf(draw.pick(others)));
        }
        maybe(() -> builder.mayIncludeAdults(draw.coin()));
        maybe(() -> builder.exclusion(draw.text(Constraints.STATEMENT_MAX)));
        maybe(() -> builder.count(count()));
        maybe(() -> builder.age(age()));
        maybe(() -> builder.sex(draw.pick(Sex.class)));
        maybe(() -> builder.area(draw.text(Constraints.NAME_MAX)));
        maybe(() -> builder.description(draw.text(Constraints.STATEMENT_MAX)));
        maybe(() -> builder.health(draw.text(Constraints.STATEMENT_MAX)));
        if (sensitive) {
          builder.censusDisabilities(draw.some(Disability.class, 3));
        }
        builder.statuses(list(2, j -> status(true)));
        builder.riskFactors(list(2, j -> riskFactor()));
        return builder.build();
      });
    }

    private RiskFactor riskFactor() {
      RiskFactor.Builder builder = RiskFactor.builder().factor(draw.pick(AssessmentFactor.class));
      maybe(() -> builder.perpetrated(draw.coin()));
      maybe(() -> builder.riskPosed(draw.coin()));
      maybe(() -> builder.riskAssessment(draw.pick(RiskAssessment.class)));
      maybe(() -> builder.riskAssessmentAsWritten(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.certainty(draw.pick(FactorCertainty.class)));
      maybe(() -> builder.when(when()));
      builder.knownTo(list(2, i -> agency()));
      maybe(() -> builder.detail(draw.text(Constraints.STATEMENT_MAX)));
      return builder.build();
    }

    private CriminalRecord criminalRecord() {
      CriminalRecord.Builder builder = CriminalRecord.builder().kind(draw.pick(CriminalRecordKind.class));
      maybe(() -> builder.offence(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.when(when()));
      maybe(() -> builder.asWritten(draw.text(Constraints.STATEMENT_MAX)));
      return builder.build();
    }

    private Notification notification() {
      Notification.Builder builder = Notification.builder();
      maybe(() -> builder.route(draw.pick(NotificationRoute.class)));
      maybe(() -> builder.notifiedBy(organisation()));
      maybe(() -> builder.notifierRole(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.reference(draw.text(Constraints.NAME_MAX)));
      builder.linkedNotifications(list(2, i -> draw.text(Constraints.NAME_MAX)));
      builder.children(someOf(children));
      maybe(() -> builder.knownToAnyAgency(draw.coin()));
      maybe(() -> builder.rapidReviewThresholdMet(draw.coin()));
      return builder.build();
    }

    /** A status; with a share of the group only where it may hold for part of one (not a subject's). */
    private Status status(boolean ofSeveral) {
      StatusKind kind = draw.pick(StatusKind.class);
      Status.Builder builder = Status.builder().kind(kind);
      maybe(() -> builder.held(draw.coin()));
      if (kind == StatusKind.CHILD_PROTECTION_PLAN && draw.coin()) {
        builder.category(draw.pick(ChildProtectionCategory.class));
        maybe(() -> builder.latestCategory(draw.pick(ChildProtectionCategory.class)));
      }
      maybe(() -> builder.legalStatus(draw.pick(LegalStatus.class)));
      maybe(() -> builder.placement(draw.pick(PlacementType.class)));
      maybe(() -> builder.careLeaverCategory(draw.pick(CareLeaverCategory.class)));
      maybe(() -> builder.primaryNeed(draw.pick(PrimaryNeed.class)));
      maybe(() -> builder.closureReason(draw.pick(ClosureReason.class)));
      maybe(() -> builder.agency(agency()));
      maybe(() -> builder.area(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.when(when()));
      maybe(() -> builder.duration(timeSpan()));
      maybe(() -> builder.timing(draw.pick(StatusTiming.class)));
      builder.notDisclosedTo(list(2, i -> agency()));
      maybe(() -> builder.beforeBirth(draw.coin()));
      maybe(() -> builder.reason(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.detail(draw.text(Constraints.STATEMENT_MAX)));
      if (ofSeveral && draw.coin()) {
        builder.share(draw.pick(Share.class));
        maybe(() -> builder.shareAsWritten(draw.text(Constraints.NAME_MAX)));
      }
      return builder.build();
    }

    private Registration registration() {
      Registration.Builder builder =
          Registration.builder().service(draw.pick(LocalService.class)).registered(draw.coin());
      maybe(() -> builder.area(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.when(when()));
      return builder.build();
    }

    private Count count() {
      Count.Builder builder = Count.builder().value(draw.oneIn(10) ? Constraints.COUNT_MAX : draw.between(0, 100));
      maybe(() -> builder.qualifier(draw.pick(Qualifier.class)));
      return builder.build();
    }

    /** An age of every form: counted, qualified, a range, a stage, a count with a stage; with or without its words. */
    private Age age() {
      Age.Builder builder = Age.builder();
      int form = draw.between(0, 5);
      if (form == 5) {
        return builder.asWritten(draw.text(Constraints.NAME_MAX)).build();
      }
      if (form != 3) {
        int value = draw.between(0, Constraints.AGE_MAX);
        builder.value(value).unit(draw.pick(AgeUnit.class));
        if (form == 1) {
          builder.qualifier(draw.pick(Qualifier.class));
        } else if (form == 2) {
          builder.to(draw.between(value, Constraints.AGE_MAX));
        }
      }
      if (form >= 3) {
        builder.stage(draw.pick(LifeStage.class));
      }
      maybe(() -> builder.asWritten(draw.text(Constraints.NAME_MAX)));
      return builder.build();
    }

    /** A time span: counted, qualified, a range, or words only. */
    private TimeSpan timeSpan() {
      TimeSpan.Builder builder = TimeSpan.builder();
      if (draw.oneIn(4)) {
        return builder.asWritten(draw.text(Constraints.NAME_MAX)).build();
      }
      int value = draw.between(0, 1000);
      builder.value(value).unit(draw.pick(AgeUnit.class));
      maybe(() -> builder.qualifier(draw.pick(Qualifier.class)));
      maybe(() -> builder.to(draw.between(value, Constraints.COUNT_MAX)));
      maybe(() -> builder.asWritten(draw.text(Constraints.NAME_MAX)));
      return builder.build();
    }

    /** A date, a span with one or both ends in order, or words only; words may go with any of them. */
    private When when() {
      When.Builder builder = When.builder();
      int year = draw.between(2000, 2028);
      switch (draw.between(0, 4)) {
        case 0 -> builder.date(partialDate(year));
        case 1 -> builder.from(partialDate(year));
        case 2 -> builder.to(partialDate(year));
        case 3 -> builder.from(partialDate(year)).to(partialDate(year + draw.between(1, 3)));
        default -> builder.asWritten(draw.text(Constraints.NAME_MAX));
      }
      maybe(() -> builder.relative(relativeTime()));
      maybe(() -> builder.asWritten(draw.text(Constraints.NAME_MAX)));
      return builder.build();
    }

    private RelativeTime relativeTime() {
      RelativeTime.Builder builder = RelativeTime.builder().relation(draw.pick(TimeRelation.class)).event(draw.text(Constraints.NAME_MAX));
      maybe(() -> builder.offset(timeSpan()));
      return builder.build();
    }

    private CaseEvent event() {
      CaseEvent.Builder builder = CaseEvent.builder().kind(draw.pick(EventKind.class)).title(draw.text(Constraints.STATEMENT_MAX));
      maybe(() -> builder.id(id("E")));
      maybe(() -> builder.contactType(draw.pick(UniversalHealthContact.class)));
      maybe(() -> builder.description(draw.text(Constraints.TEXT_MAX)));
      maybe(() -> builder.analysis(draw.text(Constraints.TEXT_MAX)));
      maybe(() -> builder.when(when()));
      maybe(() -> builder.timing(draw.pick(StatusTiming.class)));
      builder.people(someOf(people()));
      builder.agencies(list(2, i -> agency()));
      maybe(() -> builder.outcome(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.detail(draw.text(Constraints.TEXT_MAX)));
      return builder.build();
    }

    private ReviewConclusion conclusion() {
      ReviewConclusion.Builder builder = ReviewConclusion.builder().asWritten(draw.text(Constraints.STATEMENT_MAX));
      maybe(() -> builder.predictable(draw.coin()));
      maybe(() -> builder.preventable(draw.coin()));
      return builder.build();
    }

    private Arrangement arrangement() {
      Arrangement.Builder builder = Arrangement.builder().kind(draw.pick(ArrangementKind.class)).name(draw.text(Constraints.NAME_MAX));
      maybe(() -> builder.section(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.issuer(organisation()));
      if (draw.coin()) {
        maybe(() -> builder.holder(organisation()));
      } else {
        builder.holders(list(2, i -> holder()));
      }
      builder.requirements(list(2, i -> draw.text(Constraints.STATEMENT_MAX)));
      builder.powers(list(2, i -> draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.reason(draw.text(Constraints.STATEMENT_MAX)));
      builder.involves(list(2, i -> organisation()));
      builder.processes(draw.some(ParallelProcess.class, 2));
      maybe(() -> builder.version(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.versionDate(when()));
      maybe(() -> builder.nation(draw.pick(Nation.class)));
      if (draw.coin()) {
        maybe(() -> builder.link("https://example.org/arrangements/" + draw.between(1, 99)));
      } else {
        maybe(() -> builder.linkNotInCopy(true));
      }
      builder.compliesWith(list(2, i -> draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.status(draw.pick(ArrangementStatus.class)));
      maybe(() -> builder.detail(draw.text(Constraints.STATEMENT_MAX)));
      builder.drawsOn(list(2, i -> resource()));
      return builder.build();
    }

    private ArrangementHolder holder() {
      ArrangementHolder.Builder builder = ArrangementHolder.builder().level(draw.pick(Level.class)).body(organisation());
      maybe(() -> builder.levelAsWritten(draw.text(Constraints.NAME_MAX)));
      return builder.build();
    }

    private SelfAssessment selfAssessment() {
      SelfAssessment.Builder builder = SelfAssessment.builder().statement(draw.text(Constraints.STATEMENT_MAX)).themes(themes());
      maybe(() -> builder.about(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.by(organisation()));
      return builder.build();
    }

    private ProcessDescription process() {
      ProcessDescription.Builder builder = ProcessDescription.builder();
      maybe(() -> builder.title(draw.text(Constraints.TITLE_MAX)));
      builder.reviewTypes(draw.some(ReviewType.class, 2));
      builder.addSteps(step());
      builder.addAllSteps(list(3, i -> step()));
      builder.drawsOn(list(2, i -> resource()));
      maybe(() -> builder.detail(draw.text(Constraints.STATEMENT_MAX)));
      return builder.build();
    }

    private ProcessStep step() {
      ProcessStep.Builder builder = ProcessStep.builder().asWritten(draw.text(Constraints.STATEMENT_MAX));
      maybe(() -> builder.kind(draw.pick(ProcessStepKind.class)));
      builder.by(list(2, i -> organisation()));
      return builder.build();
    }

    /** Families of the subjects, groups and family members drawn so far; a move may name one. */
    private List<Family> families() {
      List<String> members = people();
      List<Family> families = list(2, i -> {
        Family.Builder builder = Family.builder().label(uniqueName()).members(someOf(members));
        maybe(() -> builder.count(count()));
        maybe(() -> builder.area(draw.text(Constraints.NAME_MAX)));
        maybe(() -> builder.relatedToOthers(draw.coin()));
        maybe(() -> builder.history(draw.text(Constraints.TEXT_MAX)));
        return builder.build();
      });
      families.forEach(family -> familyLabels.add(family.getLabel()));
      return families;
    }

    private List<FamilyMember> familyMembers() {
      int count = draw.between(0, 4);
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        labels.add(uniqueName());
      }
      List<FamilyMember> members = new ArrayList<>();
      for (String label : labels) {
        FamilyMember.Builder builder = FamilyMember.builder().label(label).role(draw.pick(FamilyRole.class));
        maybe(() -> builder.roleAsWritten(draw.text(Constraints.NAME_MAX)));
        builder.possibleRoles(draw.some(FamilyRole.class, 3));
        maybe(() -> builder.count(count()));
        maybe(() -> builder.age(age()));
        maybe(() -> builder.ageNow(age()));
        maybe(() -> builder.careLeaver(draw.coin()));
        maybe(() -> builder.inHousehold(draw.coin()));
        maybe(() -> builder.contact(draw.coin()));
        builder.relatedSubjects(someOf(children));
        if (labels.size() > 1 && draw.coin()) {
          builder.partnerOf(draw.pick(labels));
        }
        builder.statuses(list(2, i -> status(true)));
        maybe(() -> builder.concernsKnown(draw.coin()));
        maybe(() -> builder.concernsAsWritten(draw.text(Constraints.STATEMENT_MAX)));
        maybe(() -> builder.history(draw.text(Constraints.TEXT_MAX)));
        builder.criminalHistory(list(2, i -> criminalRecord()));
        builder.riskFactors(list(2, i -> riskFactor()));
        members.add(builder.build());
      }
      familyLabels.addAll(labels);
      memberLabels.addAll(labels);
      return members;
    }

    private List<String> people() {
      List<String> people = new ArrayList<>(children);
      people.addAll(familyLabels);
      return people;
    }

    private Incident incident() {
      Incident.Builder builder =
          Incident.builder()
              .harmTypes(draw.some(HarmType.class, 3))
              .subjects(someOf(children))
              .parallelProcesses(draw.some(ParallelProcess.class, 3));
      maybe(() -> builder.id(id("I")));
      builder.familyMembersHarmed(someOf(memberLabels));
      maybe(() -> builder.outcome(draw.pick(IncidentOutcome.class)));
      maybe(() -> builder.abuseOrNeglect(draw.pick(Certainty.class)));
      maybe(() -> builder.abuseOrNeglectAsWritten(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.harmedBy(draw.pick(HarmedBy.class)));
      if (draw.coin()) {
        maybe(() -> builder.date(partialDate(draw.between(2000, 2030))));
      } else {
        maybe(() -> builder.when(when()));
      }
      maybe(() -> builder.place(place()));
      builder.inCareOf(someOf(people()));
      maybe(() -> builder.inCareOfAsWritten(draw.text(Constraints.STATEMENT_MAX)));
      builder.circumstances(draw.some(IncidentCircumstance.class, 2));
      maybe(() -> builder.causeOfDeath(draw.text(Constraints.STATEMENT_MAX)));
      Incident drawn = builder.build();
      boolean ofOneChild = drawn.getSubjects().size() == 1 && !groupLabels.contains(drawn.getSubjects().get(0));
      builder.presentations(list(2, i -> presentation(!ofOneChild)));
      maybe(() -> builder.summary(draw.text(Constraints.TEXT_MAX)));
      builder.notifications(list(2, i -> incidentNotification()));
      builder.consequences(list(2, i -> consequence()));
      return builder.build();
    }

    private IncidentNotification incidentNotification() {
      IncidentNotification.Builder builder = IncidentNotification.builder().to(list(2, i -> organisation())).addTo(organisation());
      maybe(() -> builder.by(organisation()));
      maybe(() -> builder.when(when()));
      maybe(() -> builder.what(draw.text(Constraints.STATEMENT_MAX)));
      return builder.build();
    }

    /** A presentation, with a share of the children only when {@code ofGroup}, as {@code Shares} expects. */
    private Presentation presentation(boolean ofGroup) {
      Presentation.Builder builder = Presentation.builder().injuries(draw.some(InjuryKind.class, 3));
      if (ofGroup && draw.coin()) {
        builder.share(draw.pick(Share.class));
        maybe(() -> builder.shareAsWritten(draw.text(Constraints.NAME_MAX)));
      }
      maybe(() -> builder.mostCommon(draw.coin()));
      maybe(() -> builder.site(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.route(draw.pick(PresentationRoute.class)));
      maybe(() -> builder.when(when()));
      if (draw.coin()) {
        builder.explanationOffered(false);
      } else {
        maybe(() -> builder.explanationOffered(true));
        maybe(() -> builder.explanationGiven(draw.text(Constraints.STATEMENT_MAX)));
        maybe(() -> builder.explanationFitted(draw.coin()));
      }
      maybe(() -> builder.detail(draw.text(Constraints.STATEMENT_MAX)));
      return builder.build();
    }

    private Place place() {
      Place.Builder builder = Place.builder();
      maybe(() -> builder.area(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.setting(draw.pick(Setting.class)));
      maybe(() -> builder.description(draw.text(Constraints.NAME_MAX)));
      return builder.build();
    }

    private Consequence consequence() {
      Consequence.Builder builder = Consequence.builder().kind(draw.pick(ConsequenceKind.class)).people(someOf(people()));
      maybe(() -> builder.when(when()));
      maybe(() -> builder.agency(agency()));
      maybe(() -> builder.reason(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.outcome(draw.text(Constraints.STATEMENT_MAX)));
      maybe(() -> builder.detail(draw.text(Constraints.STATEMENT_MAX)));
      return builder.build();
    }

    private Move move() {
      Move.Builder builder = Move.builder().people(someOf(people()));
      maybe(() -> builder.id(id("M")));
      maybe(() -> builder.from(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.to(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.betweenAreas(draw.coin()));
      maybe(() -> builder.when(when()));
      maybe(() -> builder.lengthOfStay(timeSpan()));
      maybe(() -> builder.planned(draw.coin()));
      maybe(() -> builder.reason(draw.text(Constraints.STATEMENT_MAX)));
      return builder.build();
    }

    private Figure figure() {
      Figure.Builder builder =
          Figure.builder().measure(draw.text(Constraints.STATEMENT_MAX)).about(someOf(people())).sources(someOf(sourceIds));
      if (draw.coin()) {
        builder.value(draw.pick(List.of(new BigDecimal("72"), new BigDecimal("12.5"), BigDecimal.ZERO, new BigDecimal("0.10"), new BigDecimal("1000000"))))
            .unit(draw.pick(FigureUnit.class));
        maybe(() -> builder.qualifier(draw.pick(Qualifier.class)));
        maybe(() -> builder.outOf(new BigDecimal("1000000")));
        maybe(() -> builder.asWritten(draw.text(Constraints.NAME_MAX)));
      } else {
        builder.asWritten(draw.text(Constraints.NAME_MAX));
      }
      maybe(() -> builder.when(when()));
      maybe(() -> builder.since(when()));
      maybe(() -> builder.comparison(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.change(draw.pick(ChangeDirection.class)));
      maybe(() -> builder.changeReason(draw.text(Constraints.STATEMENT_MAX)));
      builder.harmTypes(draw.some(HarmType.class, 2));
      maybe(() -> builder.dataSource(draw.text(Constraints.NAME_MAX)));
      return builder.build();
    }

    private StatedCount statedCount() {
      return StatedCount.builder().part(draw.pick(CountedPart.class)).count(count()).sources(someOf(sourceIds)).build();
    }

    /** Placements one after another, two years apart, so that none overlaps another. */
    private List<HousingPlacement> placements() {
      List<String> people = people();
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

    /** A section with content of every kind and, above the deepest level, subsections. */
    private Section section(int depth) {
      Section.Builder builder = Section.builder().kind(draw.pick(SectionKind.class));
      maybe(() -> builder.number(draw.text(Constraints.NUMBER_MAX)));
      maybe(() -> builder.heading(draw.text(Constraints.NAME_MAX)));
      // An index entry's date: a day, or the document's words.
      maybe(() -> builder.date(draw.coin()
          ? When.of(PartialDate.of(LocalDate.of(draw.between(2000, 2028), draw.between(1, 12), draw.between(1, 28))))
          : When.builder().asWritten(draw.text(Constraints.NAME_MAX)).build()));
      builder.subjects(someOf(children));
      builder.sources(someOf(sourceIds));
      maybe(() -> builder.entryFormat(draw.pick(LearningFormat.class)));
      builder.themes(themes());
      builder.content(list(4, i -> block()));
      if (depth < 2) {
        builder.sections(list(2, i -> section(depth + 1)));
      }
      return builder.build();
    }

    private Block block() {
      Block.Builder builder = Block.builder();
      switch (draw.between(0, 11)) {
        case 0 -> builder.paragraph(draw.text(Constraints.TEXT_MAX));
        case 1 -> builder.list(itemList(1));
        case 2 -> builder.finding(finding());
        case 3 -> builder.recommendation(recommendation());
        case 4 -> builder.action(action());
        case 5 -> builder.question(draw.text(Constraints.STATEMENT_MAX));
        case 6 -> builder.resource(resource());
        case 7 -> builder.table(table());
        case 8 -> builder.glossary(glossary());
        case 9 -> builder.quote(quote());
        case 10 -> builder.image(image());
        default -> builder.omission(omission());
      }
      return builder.build();
    }

    /**
     * A list whose items are all numbered or none, each holding a part, a nested list, or both. A
     * numbered list counts up by one ("3.", "4.") or has numbers of any form.
     */
    private ItemList itemList(int depth) {
      ItemList.Builder builder = ItemList.builder();
      maybe(() -> builder.leadIn(draw.text(Constraints.STATEMENT_MAX)));
      boolean numbered = draw.coin();
      boolean counted = draw.coin();
      int first = draw.between(0, 12);
      int count = draw.between(1, 3);
      for (int i = 0; i < count; i++) {
        Item.Builder item = Item.builder();
        if (draw.oneIn(4)) {
          String id = id("I");
          item.id(id);
          itemIds.add(id);
        }
        if (numbered) {
          item.number(counted ? (first + i) + "." : draw.text(Constraints.NUMBER_MAX));
        }
        boolean nested = depth < 3 && draw.oneIn(4);
        if (!nested || draw.coin()) {
          part(item);
        }
        if (nested) {
          item.list(itemList(depth + 1));
        }
        builder.addItems(item.build());
      }
      return builder.build();
    }

    /** One part of an item; a label goes only with text or an omission. */
    private void part(Item.Builder item) {
      switch (draw.between(0, 6)) {
        case 0 -> {
          item.text(draw.text(Constraints.TEXT_MAX));
          maybe(() -> item.label(draw.text(Constraints.NAME_MAX)));
        }
        case 1 -> item.finding(finding());
        case 2 -> item.recommendation(recommendation());
        case 3 -> item.action(action());
        case 4 -> item.question(draw.text(Constraints.STATEMENT_MAX));
        case 5 -> item.resource(resource());
        default -> {
          item.omission(omission());
          maybe(() -> item.label(draw.text(Constraints.NAME_MAX)));
        }
      }
    }

    /** A table whose rows have one cell per column; a cell may be empty or hold a typed part. */
    private Table table() {
      int columns = draw.between(1, 3);
      Table.Builder builder = Table.builder();
      maybe(() -> builder.number(draw.text(Constraints.NUMBER_MAX)));
      maybe(() -> builder.title(draw.text(Constraints.TITLE_MAX)));
      maybe(() -> builder.caption(draw.text(Constraints.STATEMENT_MAX)));
      for (int c = 0; c < columns; c++) {
        builder.addColumns(TableColumn.of(draw.text(Constraints.TITLE_MAX)));
      }
      for (int r = draw.between(1, 2); r > 0; r--) {
        TableRow.Builder row = TableRow.builder();
        for (int c = 0; c < columns; c++) {
          Item.Builder cell = Item.builder();
          if (!draw.oneIn(4)) {
            part(cell);
          }
          row.addCells(cell.build());
        }
        builder.addRows(row.build());
      }
      return builder.build();
    }

    private Glossary glossary() {
      List<GlossaryEntry> entries =
          list(3, i -> GlossaryEntry.of(draw.text(Constraints.NAME_MAX), draw.text(Constraints.STATEMENT_MAX)));
      return Glossary.builder()
          .entries(entries.isEmpty() ? List.of(GlossaryEntry.of("CSC", "Children's Social Care")) : entries)
          .build();
    }

    private Image image() {
      Image.Builder builder = Image.builder();
      if (draw.coin()) {
        builder.altText(draw.text(Constraints.STATEMENT_MAX));
        maybe(() -> builder.caption(draw.text(Constraints.STATEMENT_MAX)));
      } else {
        builder.caption(draw.text(Constraints.STATEMENT_MAX));
      }
      return builder.build();
    }

    private Quote quote() {
      Quote.Builder builder = Quote.builder().text(draw.text(Constraints.TEXT_MAX));
      maybe(() -> builder.attribution(draw.text(Constraints.NAME_MAX)));
      return builder.build();
    }

    private Omission omission() {
      Omission.Builder builder = Omission.builder();
      maybe(() -> builder.note(draw.text(Constraints.STATEMENT_MAX)));
      return builder.build();
    }

    private Finding finding() {
      Finding.Builder builder =
          Finding.builder()
              .id(id("F"))
              .kind(draw.pick(FindingKind.class))
              .statement(draw.text(Constraints.STATEMENT_MAX))
              .themes(themes())
              .agencies(list(2, i -> agency()))
              .sources(someOf(sourceIds));
      maybe(() -> builder.title(draw.text(Constraints.TITLE_MAX)));
      maybe(() -> builder.detail(draw.text(Constraints.TEXT_MAX)));
      maybe(() -> builder.attribution(draw.text(Constraints.NAME_MAX)));
      Finding finding = builder.build();
      findingIds.add(finding.getId());
      return finding;
    }

    private Recommendation recommendation() {
      Recommendation.Builder builder =
          Recommendation.builder()
              .id(id("R"))
              .statement(draw.text(Constraints.STATEMENT_MAX))
              .agencies(list(2, i -> agency()))
              .findings(someOf(findingIds))
              .themes(themes());
      maybe(() -> builder.title(draw.text(Constraints.TITLE_MAX)));
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
              .agencies(list(2, i -> agency()))
              .findings(someOf(findingIds))
              .themes(themes());
      maybe(() -> builder.id(id("A")));
      maybe(() -> builder.title(draw.text(Constraints.TITLE_MAX)));
      maybe(() -> builder.owner(draw.text(Constraints.NAME_MAX)));
      List<String> answerable = new ArrayList<>(sourceIds);
      answerable.addAll(itemIds);
      builder.answers(someOf(answerable));
      maybe(() -> builder.when(when()));
      maybe(() -> builder.status(draw.pick(RecommendationStatus.class)));
      return builder.build();
    }

    /** A resource with a title, a description or both, and perhaps a link. */
    private Resource resource() {
      Resource.Builder builder = Resource.builder();
      switch (draw.between(0, 2)) {
        case 0 -> builder.title(draw.text(Constraints.TITLE_MAX));
        case 1 -> builder.description(draw.text(Constraints.STATEMENT_MAX));
        default -> builder.title(draw.text(Constraints.TITLE_MAX)).description(draw.text(Constraints.STATEMENT_MAX));
      }
      if (draw.coin()) {
        maybe(() -> builder.link(link()));
      } else {
        maybe(() -> builder.linkNotInCopy(true));
      }
      maybe(() -> builder.publisher(organisation()));
      maybe(() -> builder.date(when()));
      maybe(() -> builder.accessed(partialDate(draw.between(2010, 2028))));
      maybe(() -> builder.marker(draw.text(Constraints.NAME_MAX)));
      builder.keyPoints(list(2, i -> draw.text(Constraints.STATEMENT_MAX)));
      return builder.build();
    }

    private String link() {
      return draw.pick(List.of("https://", "http://"))
          + draw.pick(List.of("example.org", "www.example.gov.uk", "localhost:8080"))
          + draw.pick(List.of("", "/", "/learning/housing", "/a?b=c&d=%20#top"));
    }

    private Agency agency() {
      Agency.Builder agency = Agency.builder().kind(draw.pick(AgencyKind.class));
      maybe(() -> agency.name(draw.text(Constraints.NAME_MAX)));
      maybe(() -> agency.practitioner(draw.text(Constraints.NAME_MAX)));
      maybe(() -> agency.sector(draw.pick(Sector.class)));
      return agency.build();
    }

    private AgencyInvolvement agencyInvolvement() {
      return AgencyInvolvement.builder().agency(agency()).summary(draw.text(Constraints.TEXT_MAX)).build();
    }

    private KeyPracticeEpisode episode() {
      KeyPracticeEpisode.Builder builder =
          KeyPracticeEpisode.builder()
              .title(draw.text(Constraints.TITLE_MAX))
              .description(draw.text(Constraints.TEXT_MAX))
              .agencies(list(2, i -> agency()))
              .themes(themes());
      maybe(() -> builder.id(id("E")));
      maybe(() -> builder.date(partialDate(draw.between(2000, 2030))));
      maybe(() -> builder.analysis(draw.text(Constraints.TEXT_MAX)));
      return builder.build();
    }

    private SignOff signOff(LocalDate aware) {
      SignOff.Builder builder = SignOff.builder().partner(draw.pick(StatutoryPartner.class));
      maybe(() -> builder.role(draw.text(Constraints.NAME_MAX)));
      maybe(() -> builder.date(lessPrecise(aware.plusDays(draw.between(0, 40)))));
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

    /** A date in {@code year}, in any form; sometimes inferred. A month that may be a span of years is never drawn. */
    private PartialDate partialDate(int year) {
      PartialDate date = switch (draw.between(0, 4)) {
        case 0 -> PartialDate.of(Year.of(year));
        case 1 -> PartialDate.of(YearMonth.of(year, draw.between(1, 12)));
        case 2 -> PartialDate.of(Year.of(year), draw.pick(PartialDate.Season.class));
        case 3 -> PartialDate.years(Year.of(year), Year.of(year + 1));
        default -> PartialDate.of(LocalDate.of(year, 1, 1).plusDays(draw.between(0, 364)));
      };
      if (date.mayBeYears()) {
        date = PartialDate.of(Year.of(year));
      }
      return draw.oneIn(6) ? date.asInferred() : date;
    }

    /**
     * A day, mostly as it is, sometimes known only to its month or year. A date made less precise
     * is never certainly before a date that was not after it, so dates in order stay in order.
     */
    private PartialDate lessPrecise(LocalDate date) {
      return switch (draw.between(0, 5)) {
        case 0 -> PartialDate.of(Year.from(date));
        case 1 -> PartialDate.of(YearMonth.from(date));
        default -> PartialDate.of(date);
      };
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
