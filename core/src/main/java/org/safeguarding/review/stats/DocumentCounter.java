package org.safeguarding.review.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.safeguarding.review.Action;
import org.safeguarding.review.Agency;
import org.safeguarding.review.AgencyKind;
import org.safeguarding.review.Arrangement;
import org.safeguarding.review.CaseEvent;
import org.safeguarding.review.Consequence;
import org.safeguarding.review.Count;
import org.safeguarding.review.CountedPart;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.FactorHolder;
import org.safeguarding.review.Family;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.Finding;
import org.safeguarding.review.Group;
import org.safeguarding.review.HarmType;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.Incident;
import org.safeguarding.review.Meeting;
import org.safeguarding.review.IncidentCircumstance;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.ReviewType;
import org.safeguarding.review.RiskFactor;
import org.safeguarding.review.StatedCount;
import org.safeguarding.review.Status;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Theme;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ValueKind;
import org.safeguarding.review.national.NationalCode;
import org.safeguarding.review.privacy.PersonalDataKind;

/**
 * Counts one document into {@link CorpusStatistics}. Parts are found by type wherever they sit
 * ({@link DocumentParts}), and themes in every property the model declares as a theme, so that a
 * part or theme added to the model later is counted without a change here.
 */
final class DocumentCounter {

  private final ReviewDocument document;
  private final DocumentParts parts;
  private final CorpusStatistics into;

  private DocumentCounter(ReviewDocument document, CorpusStatistics into) {
    this.document = document;
    this.parts = DocumentParts.of(document);
    this.into = into;
  }

  static void count(ReviewDocument document, CorpusStatistics into) {
    DocumentCounter counter = new DocumentCounter(document, into);
    counter.documentType();
    counter.reviews();
    counter.themes();
    counter.content();
    counter.agencies();
    counter.arrangements();
    counter.incidents();
    counter.events();
    counter.children();
    counter.familyMembers();
    counter.families();
    counter.placements();
    counter.riskFactors();
    counter.statuses();
  }

  private void documentType() {
    into.add(Statistic.DOCUMENT_TYPES, document.getDocumentType().getJsonName(), 1);
    if (document instanceof LearningSummary summary) {
      into.add(Statistic.FORMATS, summary.getFormat().name(), 1);
    }
  }

  private void reviews() {
    if (!(document instanceof LearningSummary)) {
      into.add(Statistic.REVIEW_TYPES, ReviewType.RAPID_REVIEW.name(), 1);
    }
    Map<String, ReviewReference> byId = new HashMap<>();
    values(ReviewReference.class).forEach(source -> source.getId().ifPresent(id -> byId.putIfAbsent(id, source)));
    List<ReviewReference> analysed = values(ReviewReference.class).stream().filter(source -> source.getExclusion().isEmpty()).toList();
    Set<String> countedThroughEntries = Set.copyOf(analysed.stream().flatMap(source -> source.getMemberOf().stream()).toList());
    for (ReviewReference source : analysed) {
      if (source.getId().filter(countedThroughEntries::contains).isPresent()) {
        continue;
      }
      if (source.getTypes().isEmpty()) {
        into.add(Statistic.REVIEW_TYPES, source.getType().or(() -> setType(source, byId)).map(Enum::name).orElse(CorpusStatistics.NOT_GIVEN), 1);
      }
      source.getTypes().forEach(type -> into.add(Statistic.REVIEW_TYPES, type.name(), 1));
    }
  }

  /** The one kind of review of the set a source is an entry of, when the set has exactly one. */
  private static Optional<ReviewType> setType(ReviewReference source, Map<String, ReviewReference> byId) {
    return source.getMemberOf().map(byId::get).flatMap(set -> set.getTypes().size() == 1 ? Optional.of(set.getTypes().get(0)) : set.getType());
  }

  private void themes() {
    Set<String> codes = new TreeSet<>();
    for (Located<Extensible> part : parts.parts()) {
      for (ModelProperty property : ModelType.of(part.value().getClass()).properties()) {
        if (property.kind() == ValueKind.THEME) {
          property.values(part.value()).forEach(theme -> codes.add(((Theme) theme).toString()));
        }
      }
    }
    into.addEach(Statistic.THEMES, codes);
    List<String> ordered = new ArrayList<>(codes);
    for (int i = 0; i < ordered.size(); i++) {
      for (int j = i + 1; j < ordered.size(); j++) {
        into.add(Statistic.THEME_PAIRS, ordered.get(i) + CorpusStatistics.PAIR_SEPARATOR + ordered.get(j), 1);
      }
    }
  }

  private void content() {
    Map<CountedPart, Long> stated = new EnumMap<>(CountedPart.class);
    for (StatedCount count : values(StatedCount.class)) {
      stated.merge(count.getPart(), (long) count.getCount().getValue(), Long::sum);
    }
    List<Finding> findings = values(Finding.class);
    findings.forEach(finding -> into.add(Statistic.FINDINGS, finding.getKind().name(), 1));
    listedAndStated(Statistic.FINDINGS, findings.size(), stated.get(CountedPart.FINDINGS));
    listedAndStated(Statistic.RECOMMENDATIONS, values(Recommendation.class).size(), stated.get(CountedPart.RECOMMENDATIONS));
    listedAndStated(Statistic.ACTIONS, values(Action.class).size(), stated.get(CountedPart.ACTIONS));
    values(Action.class).forEach(action -> into.add(Statistic.ACTION_STATUSES, action.getStatus().map(Enum::name).orElse(CorpusStatistics.NOT_GIVEN), 1));
    int questions = document instanceof LearningSummary summary ? summary.questions().size() : 0;
    listedAndStated(Statistic.QUESTIONS, questions, stated.get(CountedPart.QUESTIONS));
  }

  /** Listed items under {@link CorpusStatistics#LISTED} (but findings, counted by kind), then what a stated count adds. */
  private void listedAndStated(Statistic statistic, long listed, Long stated) {
    if (statistic != Statistic.FINDINGS) {
      into.add(statistic, CorpusStatistics.LISTED, listed);
    }
    if (stated != null && stated > listed) {
      into.add(statistic, CorpusStatistics.STATED_NOT_LISTED, stated - listed);
    }
  }

  private void agencies() {
    Set<String> kinds = new TreeSet<>();
    Set<String> names = new TreeSet<>();
    for (Agency agency : values(Agency.class)) {
      if (agency.getKind() != AgencyKind.OTHER) {
        kinds.add(agency.getKind().name());
      }
      agency.getName()
          .map(name -> name.strip().replaceAll("\\s+", " "))
          .filter(name -> !PersonalDataKind.anyFoundIn(name))
          .ifPresent(names::add);
    }
    into.addEach(Statistic.AGENCY_KINDS, kinds);
    into.addEach(Statistic.AGENCY_NAMES, names);
  }

  private void arrangements() {
    values(Arrangement.class).forEach(arrangement -> into.add(Statistic.ARRANGEMENTS, arrangement.getKind().name(), 1));
  }

  private void events() {
    values(CaseEvent.class).forEach(event -> into.add(Statistic.EVENTS, event.getKind().name(), 1));
    values(CaseEvent.class).forEach(event -> event.getContactType().ifPresent(contact -> into.add(Statistic.HEALTH_CONTACTS, contact.name(), 1)));
    values(Meeting.class).forEach(meeting -> into.add(Statistic.MEETINGS, meeting.getKind().map(Enum::name).orElse(CorpusStatistics.NOT_GIVEN), 1));
  }

  private void incidents() {
    Map<String, FamilyMember> members = new HashMap<>();
    values(FamilyMember.class).forEach(member -> members.putIfAbsent(member.getLabel(), member));
    for (Incident incident : values(Incident.class)) {
      if (incident.getHarmTypes().isEmpty()) {
        into.add(Statistic.HARM_TYPES, CorpusStatistics.NOT_GIVEN, 1);
      }
      for (HarmType harm : Set.copyOf(incident.getHarmTypes())) {
        into.add(Statistic.HARM_TYPES, harm.name(), 1);
      }
      into.add(Statistic.INCIDENT_OUTCOMES, incident.getOutcome().map(Enum::name).orElse(CorpusStatistics.NOT_GIVEN), 1);
      for (String label : Set.copyOf(incident.getFamilyMembersHarmed())) {
        Optional.ofNullable(members.get(label)).ifPresent(member -> into.add(Statistic.FAMILY_MEMBERS_HARMED, member.getRole().name(), people(member.getCount())));
      }
      for (IncidentCircumstance circumstance : Set.copyOf(incident.getCircumstances())) {
        into.add(Statistic.CIRCUMSTANCES, circumstance.name(), 1);
      }
    }
    values(Consequence.class).forEach(consequence -> into.add(Statistic.CONSEQUENCES, consequence.getKind().name(), 1));
  }

  private void children() {
    // A child one of a group ("a young person" of "4 children") is among the children the group counts;
    // a child or group the document set aside from its analysis is not counted at all.
    for (Subject subject : values(Subject.class).stream().filter(subject -> subject.getPartOf().isEmpty() && subject.getExclusion().isEmpty()).toList()) {
      into.add(Statistic.AGE_BANDS, AgeBand.of(subject.getAge()).name(), 1);
    }
    // A group part of another ("11 of these 23 children") is among the children its whole counts;
    // people who may include adults ("all the victims") are not counted as children at all.
    for (Group group : values(Group.class)) {
      if (group.getPartOf().isEmpty() && !group.getMayIncludeAdults().orElse(false) && group.getExclusion().isEmpty()) {
        into.add(Statistic.AGE_BANDS, AgeBand.of(group.getAge()).name(), people(group.getCount()));
      }
    }
  }

  private void familyMembers() {
    for (FamilyMember member : values(FamilyMember.class)) {
      long people = people(member.getCount());
      into.add(Statistic.FAMILY_ROLES, member.getRole().name(), people);
      String careLeaver =
          member.getCareLeaver()
              .map(left -> left ? CorpusStatistics.CARE_LEAVER : CorpusStatistics.NOT_A_CARE_LEAVER)
              .orElse(CorpusStatistics.NOT_GIVEN);
      into.add(Statistic.CARE_LEAVERS, careLeaver, people);
    }
  }

  private void families() {
    for (Family family : values(Family.class)) {
      String key = family.getCount().isPresent() ? CorpusStatistics.STATED_NOT_LISTED : CorpusStatistics.LISTED;
      into.add(Statistic.FAMILIES, key, people(family.getCount()));
    }
  }

  private void placements() {
    for (HousingPlacement placement : values(HousingPlacement.class)) {
      into.add(Statistic.HOUSING_PLACEMENTS, placement.getAccommodationType().map(Enum::name).orElse(CorpusStatistics.NOT_GIVEN), 1);
    }
  }

  private void riskFactors() {
    values(Subject.class).forEach(subject -> riskFactors(subject.getRiskFactors(), FactorHolder.CHILD));
    values(Group.class).forEach(group -> riskFactors(group.getRiskFactors(), FactorHolder.CHILD));
    values(FamilyMember.class).forEach(member -> riskFactors(member.getRiskFactors(), FactorHolder.of(member)));
  }

  private void riskFactors(List<RiskFactor> factors, FactorHolder holder) {
    for (RiskFactor factor : factors) {
      into.add(Statistic.RISK_FACTORS, factor.cinCode(holder).map(NationalCode::code).orElse(factor.getFactor().name()), 1);
    }
  }

  private void statuses() {
    for (Status status : values(Status.class).stream().filter(status -> status.getHeld().orElse(true)).toList()) {
      status.getLegalStatus().ifPresent(legal -> into.add(Statistic.LEGAL_STATUSES, legal.name(), 1));
      status.getPlacement().ifPresent(placement -> into.add(Statistic.PLACEMENT_TYPES, placement.name(), 1));
    }
  }

  /** The people or families a count stands for: its number, or one when there is none. */
  private static long people(Optional<Count> count) {
    return count.map(c -> (long) c.getValue()).orElse(1L);
  }

  private <T> List<T> values(Class<T> type) {
    return parts.all(type).stream().map(Located::value).toList();
  }
}
