package org.safeguarding.review.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguarding.review.Action;
import org.safeguarding.review.Arrangement;
import org.safeguarding.review.ArrangementHolder;
import org.safeguarding.review.CaseEvent;
import org.safeguarding.review.Consequence;
import org.safeguarding.review.Dissemination;
import org.safeguarding.review.Contributor;
import org.safeguarding.review.CriminalRecord;
import org.safeguarding.review.FactorHolder;
import org.safeguarding.review.Family;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.Figure;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FigureUnit;
import org.safeguarding.review.Group;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.Incident;
import org.safeguarding.review.IncidentNotification;
import org.safeguarding.review.Meeting;
import org.safeguarding.review.ProcessDescription;
import org.safeguarding.review.ProcessStep;
import org.safeguarding.review.Move;
import org.safeguarding.review.PersonInRole;
import org.safeguarding.review.Place;
import org.safeguarding.review.Presentation;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.Registration;
import org.safeguarding.review.Resource;
import org.safeguarding.review.ReviewCriterion;
import org.safeguarding.review.ReviewOutput;
import org.safeguarding.review.ReviewConclusion;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.RiskFactor;
import org.safeguarding.review.SelfAssessment;
import org.safeguarding.review.Share;
import org.safeguarding.review.StatedCount;
import org.safeguarding.review.Status;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Submission;

/**
 * The typed parts of a document in the tool's words, as {@link Entry entries}: children, groups,
 * family members, incidents, moves, housing placements, people, sources, figures and stated counts.
 * Every free text a part holds is shown. Ids are the encoder's, not the document's, and are never
 * shown: a source without a title, a reference or its kind in words is "Review n", by its place.
 */
final class Facts {

  /** What each source of the document is called, by the source itself. */
  private final Map<ReviewReference, String> names;
  /** What each source id stands for. */
  private final Map<String, String> namesById;

  private Facts(Map<ReviewReference, String> names, Map<String, String> namesById) {
    this.names = names;
    this.namesById = namesById;
  }

  /**
   * Facts about parts of a document whose sources are {@code sources}: each source is called by
   * its title, else its reference, else its kind as written, else "Review n" for the n-th source.
   */
  static Facts of(List<ReviewReference> sources) {
    Map<ReviewReference, String> names = new IdentityHashMap<>();
    Map<String, String> namesById = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      ReviewReference source = sources.get(i);
      String name = source.getTitle().or(source::getReference).or(source::getTypeAsWritten).map(Words::text).orElse("Review " + (i + 1));
      names.put(source, name);
      source.getId().ifPresent(id -> namesById.putIfAbsent(id, name));
    }
    return new Facts(names, namesById);
  }

  /** A review or audit the document draws on. */
  Entry source(ReviewReference source) {
    return Entry.of(names.getOrDefault(source, "A review"))
        .add("type", source.getType(), Words::label)
        .addAll("types", source.getTypes(), Words::label)
        .add("called", source.getTypeAsWritten(), Words::text)
        .add("nation", source.getNation(), Words::label)
        .add("criteria", source.getCriteriaAsWritten(), Words::text)
        .addAll("criteria", source.getCriteria(), Facts::criterion)
        .add("criteria join", source.getCriteriaJoin(), Words::label)
        .add("scope", source.getScope(), Words::label)
        .add("non-recent case", source.getNonRecent(), Words::yesNo)
        .addAll("remit", source.getRemit(), Words::text)
        .add("reference", source.getReference(), Words::text)
        .add("edition", source.getEdition(), String::valueOf)
        .add("Panel reference", source.getPanelReference(), Words::text)
        .add("by", source.getPartnership(), Words::organisation)
        .add("published by", source.getPublishedBy(), Words::organisation)
        .addAll("jointly with", source.getJointlyWith(), Words::organisation)
        .add("referred by", source.getReferredBy(), Words::organisation)
        .add("commissioned by", source.getCommissionedBy(), Words::organisation)
        .add("how many", source.getCount(), Words::count)
        .addAll("covers", source.getCovers(), this::sourceName)
        .add("part of", source.getPartOf(), this::sourceName)
        .add("one of", source.getMemberOf(), this::sourceName)
        .add("set aside from the analysis", source.getExclusion(), Words::text)
        .addAll("builds on", source.getBuildsOn(), this::sourceName)
        .addAll("draws on", source.getDrawsOn(), Facts::response)
        .add("link", source.getLink(), MarkdownText::link)
        .addAll("concerning", source.getSubjects(), Words::text)
        .addAll("methods", source.getMethods(), Words::label)
        .addAll("methods as written", source.getMethodsAsWritten(), Words::text)
        .addAll("carried out by", source.getConductedBy(), Words::organisation)
        .addAll("with", source.getContributors(), Facts::contributor)
        .add("for", Words.audience(source.getAudience(), source.getAudienceRoles(), source.getAudienceAsWritten()), Function.identity())
        .addAll("funded by", source.getFundedBy(), Words::organisation)
        .add("period", source.getPeriod(), Words::when)
        .add("published within", source.getPublishedWithin(), Words::when)
        .add("chosen", source.getSelectionCriteria(), Words::text)
        .addAll("met", source.getMeetings(), Facts::meeting)
        .add("decided", source.getDecisionDate(), Words::date)
        .add("decided", source.getDecisionWhen(), Words::when)
        .add("decided because", source.getDecisionReason(), Words::text)
        .add("published", source.getPublicationDate(), Words::date)
        .add("stage", source.getStage(), Words::label)
        .add("stage reached", source.getStageWhen(), Words::when)
        .add("why", source.getStageReason(), Words::text)
        .add("after", source.getStageProcess(), Words::label)
        .add("publication", source.getPublication(), Words::label)
        .add("copies", source.getAvailability(), Words::text)
        .addAll("products", source.getOutputs(), Facts::output)
        .addAll("for consideration by", source.getForConsiderationBy(), Words::organisation)
        .addAll("sent to", source.getSubmissions(), Facts::submission)
        .addAll("response", source.getResponses(), Facts::response)
        .add("made recommendations", source.getMadeRecommendations(), Words::yesNo)
        .addAll("learning shared", source.getDissemination(), Facts::dissemination)
        .addAll("concluded", source.getConclusions(), Facts::conclusion);
  }

  /** A criterion of a kind of review: its words, then the kinds of harm and statuses it names in brackets. */
  static String criterion(ReviewCriterion criterion) {
    List<String> words = new ArrayList<>();
    criterion.getHarmTypes().forEach(harm -> words.add(Words.label(harm)));
    criterion.getStatuses().forEach(status -> words.add(Words.label(status)));
    return withDetails(Words.text(criterion.getAsWritten()), words);
  }

  /** A product of a review: its kind, then its status, date, why, what it waited for and its link in brackets. */
  static String output(ReviewOutput output) {
    List<String> words = new ArrayList<>();
    output.getKind().filter(kind -> output.getKindAsWritten().filter(written -> !written.strip().equalsIgnoreCase(kind.getLabel())).isPresent()).ifPresent(kind -> words.add(Words.lowerLabel(kind)));
    output.getStatus().ifPresent(status -> words.add(Words.lowerLabel(status)));
    output.getDate().ifPresent(date -> words.add(Words.when(date)));
    output.getReason().ifPresent(reason -> words.add(Words.text(reason)));
    output.getProcess().ifPresent(process -> words.add("waiting for " + Words.lowerLabel(process)));
    output.getLink().ifPresent(link -> words.add(MarkdownText.link(link)));
    return withDetails(output.getKindAsWritten().map(Words::text).or(() -> output.getKind().map(Words::label)).orElse(""), words);
  }

  /** How a review's learning was shared: the words, then the ways, the agencies, the roles and when in brackets. */
  static String dissemination(Dissemination dissemination) {
    List<String> words = new ArrayList<>();
    dissemination.getMeans().forEach(means -> words.add(Words.lowerLabel(means)));
    dissemination.getAudience().forEach(agency -> words.add("to " + Words.label(agency)));
    dissemination.getAudienceRoles().forEach(role -> words.add("to " + Words.lowerLabel(role)));
    dissemination.getWhen().ifPresent(when -> words.add(Words.when(when)));
    return withDetails(Words.text(dissemination.getAsWritten()), words);
  }

  /** An organisation that took part in a review, with its part in brackets. */
  static String contributor(Contributor contributor) {
    return withDetails(Words.organisation(contributor.getOrganisation()), contributor.getRole().map(Words::text).stream().toList());
  }

  /** A meeting for a review: its kind and when, then who met, why and who attended in brackets. */
  static String meeting(Meeting meeting) {
    List<String> words = new ArrayList<>();
    meeting.getBy().forEach(by -> words.add(Words.organisation(by)));
    meeting.getPurpose().ifPresent(purpose -> words.add(Words.text(purpose)));
    if (!meeting.getAttendees().isEmpty()) {
      words.add("attended by " + Words.texts(meeting.getAttendees()));
    }
    List<String> lead = new ArrayList<>();
    meeting.getKind().ifPresent(kind -> lead.add(Words.label(kind)));
    meeting.getWhen().ifPresent(when -> lead.add(Words.when(when)));
    return lead.isEmpty() ? String.join("; ", words) : withDetails(String.join(", ", lead), words);
  }

  /** A process the document explains: what it is called, what it is for, its steps in order and what it draws on. */
  static Entry process(ProcessDescription process) {
    return Entry.of(process.getTitle().map(Words::text).orElse("A process"))
        .addAll("for", process.getReviewTypes(), Words::label)
        .addAll("steps", process.getSteps(), Facts::step)
        .addAll("draws on", process.getDrawsOn(), Facts::response)
        .add("detail", process.getDetail(), Words::text);
  }

  /** A step of a process: its kind where it has one, then its words and who takes it. */
  static String step(ProcessStep step) {
    String words = Words.text(step.getAsWritten());
    String lead = step.getKind().map(kind -> Words.label(kind) + ": " + words).orElse(words);
    return withDetails(lead, step.getBy().stream().map(Words::organisation).toList());
  }

  /** A review's conclusion: its words, with whether it found the harm predictable or preventable. */
  static String conclusion(ReviewConclusion conclusion) {
    List<String> words = new ArrayList<>();
    conclusion.getPredictable().ifPresent(p -> words.add(p ? "predictable" : "not predictable"));
    conclusion.getPreventable().ifPresent(p -> words.add(p ? "preventable" : "not preventable"));
    return withDetails(Words.text(conclusion.getAsWritten()), words);
  }

  /** A report sent outside the partnership: to whom, then when, the response and its date in brackets. */
  static String submission(Submission submission) {
    List<String> words = new ArrayList<>();
    submission.getDate().ifPresent(d -> words.add(Words.date(d)));
    submission.getResponse().ifPresent(r -> words.add("response: " + Words.text(r)));
    submission.getResponseDate().ifPresent(d -> words.add("responded " + Words.date(d)));
    return withDetails(Words.organisation(submission.getTo()), words);
  }

  /**
   * A response to a review published on its own: its title or else its description, then its
   * description beside a title, who published it, when and where.
   */
  static String response(Resource response) {
    List<String> words = new ArrayList<>();
    response.getTitle().flatMap(title -> response.getDescription()).ifPresent(d -> words.add(Words.text(d)));
    response.getPublisher().ifPresent(p -> words.add(Words.organisation(p)));
    response.getDate().ifPresent(d -> words.add(Words.when(d)));
    response.getLink().ifPresent(l -> words.add(MarkdownText.link(l)));
    words.addAll(citation(response));
    response.getKeyPoints().forEach(point -> words.add(Words.text(point)));
    return withDetails(response.getTitle().or(response::getDescription).map(Words::text).orElse(""), words);
  }

  /** What a resource says of where it is and how it is cited: no address in the copy, when consulted, its mark in the text. */
  static List<String> citation(Resource resource) {
    List<String> words = new ArrayList<>();
    resource.getLinkNotInCopy().filter(Boolean::booleanValue).ifPresent(missing -> words.add("linked, address not in the copy"));
    resource.getAccessed().ifPresent(accessed -> words.add("accessed " + Words.date(accessed)));
    resource.getMarker().ifPresent(marker -> words.add("mark " + Words.text(marker)));
    return words;
  }

  /** A notification of an incident: to whom, then by whom, when and what in brackets. */
  static String notification(IncidentNotification notification) {
    List<String> words = new ArrayList<>();
    notification.getBy().ifPresent(by -> words.add("by " + Words.organisation(by)));
    notification.getWhen().ifPresent(w -> words.add(Words.when(w)));
    notification.getWhat().ifPresent(w -> words.add(Words.text(w)));
    return withDetails(notification.getTo().stream().map(Words::organisation).collect(Collectors.joining(", ")), words);
  }

  /** A person the document names in a public or professional role. */
  Entry person(PersonInRole person) {
    return Entry.of(person.getName().map(Words::text).orElse(""))
        .add("role", person.getRoleAsWritten(), Words::text)
        .add("how many", person.getCount(), Words::count)
        .addAll("roles", person.getRoles(), Words::label)
        .add("for", person.getOrganisation(), Words::organisation)
        .addAll("review", person.getSources(), this::sourceName);
  }

  /** A child with a pseudonym. */
  Entry subject(Subject subject) {
    String lead = Words.text(subject.getPseudonym()) + (subject.getUnnamed().orElse(false) ? " (not named in the document)" : "");
    return Entry.of(lead)
        .add("one of", subject.getPartOf(), Words::text)
        .add("set aside from the analysis", subject.getExclusion(), Words::text)
        .add("age", subject.getAge(), Words::age)
        .add("age at death", subject.getAgeAtDeath(), Words::age)
        .add("age now", subject.getAgeNow(), Words::age)
        .add("sex", subject.getSex(), Words::label)
        .add("ethnicity", subject.getEthnicity(), Words::text)
        .add("census ethnicity", subject.getCensusEthnicity(), Words::label)
        .add("disability", subject.getDisability(), Words::text)
        .addAll("census disability", subject.getCensusDisabilities(), Words::label)
        .add("area", subject.getArea(), Words::text)
        .addAll("status", subject.getStatuses(), Facts::status)
        .add("education", subject.getEducationStatus(), Words::label)
        .addAll("registration", subject.getRegistrations(), Facts::registration)
        .add("concerns known", subject.getConcernsKnown(), Words::yesNo)
        .add("concerns", subject.getConcernsAsWritten(), Words::text)
        .addAll("criminal history", subject.getCriminalHistory(), Facts::criminalRecord)
        .addAll("risk factors", subject.getRiskFactors(), factor -> riskFactor(factor, FactorHolder.CHILD));
  }

  /** Children described together, without pseudonyms. */
  Entry group(Group group) {
    return Entry.of(Words.text(group.getLabel()))
        .add("part of", group.getPartOf(), Words::text)
        .add("set aside from the analysis", group.getExclusion(), Words::text)
        .add("may include adults", group.getMayIncludeAdults(), Words::yesNo)
        .add("how many", group.getCount(), Words::count)
        .add("age", group.getAge(), Words::age)
        .add("sex", group.getSex(), Words::label)
        .add("area", group.getArea(), Words::text)
        .add("described as", group.getDescription(), Words::text)
        .add("health", group.getHealth(), Words::text)
        .addAll("census disability", group.getCensusDisabilities(), Words::label)
        .addAll("status", group.getStatuses(), Facts::status)
        .addAll("risk factors", group.getRiskFactors(), factor -> riskFactor(factor, FactorHolder.CHILD));
  }

  /** A member of the household or family network. */
  Entry familyMember(FamilyMember member) {
    String role = Words.withLabel(member.getRoleAsWritten(), Words.label(member.getRole()));
    return Entry.of(Words.text(member.getLabel()))
        .add("role", role)
        .addAll("one of", member.getPossibleRoles(), Words::label)
        .add("how many", member.getCount(), Words::count)
        .add("age", member.getAge(), Words::age)
        .add("age now", member.getAgeNow(), Words::age)
        .add("care leaver", member.getCareLeaver(), Words::yesNo)
        .add("in the household", member.getInHousehold(), Words::yesNo)
        .add("contact with the children", member.getContact(), Words::yesNo)
        .addAll("related to", member.getRelatedSubjects(), Words::text)
        .add("partner of", member.getPartnerOf(), Words::text)
        .addAll("status", member.getStatuses(), Facts::status)
        .add("concerns known", member.getConcernsKnown(), Words::yesNo)
        .add("concerns", member.getConcernsAsWritten(), Words::text)
        .add("history", member.getHistory(), Words::text)
        .addAll("criminal history", member.getCriminalHistory(), Facts::criminalRecord)
        .addAll("risk factors", member.getRiskFactors(), factor -> riskFactor(factor, FactorHolder.of(member)));
  }

  /** A family told apart from others, or a count of families. */
  Entry family(Family family) {
    return Entry.of(Words.text(family.getLabel()))
        .add("how many", family.getCount(), Words::count)
        .addAll("members", family.getMembers(), Words::text)
        .add("area", family.getArea(), Words::text)
        .add("related to the other families", family.getRelatedToOthers(), Words::yesNo)
        .add("history", family.getHistory(), Words::text);
  }

  /** A law, procedure, protocol, plan, panel or training the document names. */
  Entry arrangement(Arrangement arrangement) {
    return Entry.of(Words.text(arrangement.getName()))
        .add("kind", Words.label(arrangement.getKind()))
        .add("section", arrangement.getSection(), Words::text)
        .add("issued by", arrangement.getIssuer(), Words::organisation)
        .add("duty on", arrangement.getHolder(), Words::organisation)
        .add("duty on", Optional.of(arrangement.getHolders()).filter(holders -> !holders.isEmpty()), Facts::holders)
        .addAll("requires", arrangement.getRequirements(), Words::text)
        .addAll("allows", arrangement.getPowers(), Words::text)
        .addAll("involves", arrangement.getInvolves(), Words::organisation)
        .addAll("leaves to", arrangement.getProcesses(), Words::label)
        .addAll("draws on", arrangement.getDrawsOn(), Facts::response)
        .add("why made", arrangement.getReason(), Words::text)
        .add("version", arrangement.getVersion(), Words::text)
        .add("version of", arrangement.getVersionDate(), Words::when)
        .add("replaces", arrangement.getReplaces(), Words::text)
        .addAll("complies with", arrangement.getCompliesWith(), Words::text)
        .add("status", arrangement.getStatus(), Words::label)
        .add("nation", arrangement.getNation(), Words::label)
        .add("link", arrangement.getLink(), MarkdownText::link)
        .add("link", arrangement.getLinkNotInCopy().filter(Boolean::booleanValue), missing -> "address not in the copy")
        .add("detail", arrangement.getDetail(), Words::text);
  }

  /** The bodies that hold an arrangement at their levels: each body, then its level in brackets, in the document's words when it gives them. */
  static String holders(List<ArrangementHolder> holders) {
    return holders.stream()
        .map(holder -> Words.organisation(holder.getBody()) + " ("
            + holder.getLevelAsWritten().map(Words::text).orElseGet(() -> Words.lowerLabel(holder.getLevel())) + ")")
        .collect(Collectors.joining(" and "));
  }

  /** What a partnership or another body says of itself: its words, then what about and who says it. */
  static Entry selfAssessment(SelfAssessment claim) {
    return Entry.of(Words.text(claim.getStatement()))
        .add("about", claim.getAbout(), Words::text)
        .add("by", claim.getBy(), Words::organisation)
        .addAll("themes", claim.getThemes(), Words::theme);
  }

  /** A finding the document attributes to someone: its title or opening words, then who said it. */
  static Entry attributedFinding(Finding finding) {
    return Entry.of(Words.titleOrOpening(finding.getTitle(), finding.getStatement()))
        .add("said by", finding.getAttribution(), Words::text);
  }

  /** An event of the document's chronology. */
  Entry event(CaseEvent event) {
    return Entry.of(Words.text(event.getTitle()))
        .add("kind", Words.label(event.getKind()))
        .add("contact", event.getContactType(), Words::label)
        .add("what happened", event.getDescription(), Words::text)
        .add("analysis", event.getAnalysis(), Words::text)
        .add("when", event.getWhen(), Words::when)
        .add("timing", event.getTiming(), Words::lowerLabel)
        .addAll("people", event.getPeople(), Words::text)
        .addAll("agencies", event.getAgencies(), Words::agency)
        .add("outcome", event.getOutcome(), Words::text)
        .add("detail", event.getDetail(), Words::text);
  }

  /** An incident that led to a review. */
  Entry incident(Incident incident) {
    return Entry.of(Words.texts(incident.getSubjects()))
        .addAll("family members harmed", incident.getFamilyMembersHarmed(), Words::text)
        .add("outcome", incident.getOutcome(), Words::label)
        .addAll("harm", incident.getHarmTypes(), Words::label)
        .add("harmed by", incident.getHarmedBy(), Words::label)
        .add("abuse or neglect", incident.getAbuseOrNeglect(), Words::label)
        .add("concern", incident.getAbuseOrNeglectAsWritten(), Words::text)
        .add("date", incident.getDate(), Words::date)
        .add("when", incident.getWhen(), Words::when)
        .add("place", incident.getPlace(), Facts::place)
        .addAll("in the care of", incident.getInCareOf(), Words::text)
        .add("care", incident.getInCareOfAsWritten(), Words::text)
        .addAll("circumstances", incident.getCircumstances(), Words::label)
        .add("cause of death", incident.getCauseOfDeath(), Words::text)
        .addAll("came to light", incident.getPresentations(), Facts::presentation)
        .add("what happened", incident.getSummary(), Words::text)
        .addAll("notified to", incident.getNotifications(), Facts::notification)
        .addAll("alongside", incident.getParallelProcesses(), Words::label)
        .addAll("followed by", incident.getConsequences(), Facts::consequence);
  }

  /** A move between homes or areas. */
  Entry move(Move move) {
    return Entry.of(Words.texts(move.getPeople()))
        .add("from", move.getFrom(), Words::text)
        .add("to", move.getTo(), Words::text)
        .add("between areas", move.getBetweenAreas(), Words::yesNo)
        .add("when", move.getWhen(), Words::when)
        .add("stayed", move.getLengthOfStay(), Words::timeSpan)
        .add("planned", move.getPlanned(), Words::yesNo)
        .add("why", move.getReason(), Words::text);
  }

  /** A stay in temporary accommodation. */
  Entry placement(HousingPlacement placement) {
    return Entry.of(placement.getHousehold().map(Words::text).orElseGet(() -> Words.texts(placement.getOccupants())))
        .add("who", placement.getHousehold().isPresent() && !placement.getOccupants().isEmpty() ? Optional.of(placement.getOccupants()) : Optional.empty(), Words::texts)
        .add("type", placement.getAccommodationType(), Words::label)
        .add("described as", placement.getDescription(), Words::text)
        .add("from", placement.getStart(), Words::date)
        .add("until", placement.getEnd(), Words::date)
        .add("placed by", placement.getPlacingAuthority(), Words::text)
        .add("in the district of", placement.getHostAuthority(), Words::text)
        .add("out of area", placement.getOutOfArea(), Words::yesNo)
        .add("host authority notified", placement.getHostAuthorityNotified(), Words::date)
        .add("distance from support", placement.getDistanceFromSupport(), Words::text)
        .add("moves so far", placement.getNumberOfMoves(), String::valueOf)
        .addAll("concerns", placement.getSuitabilityConcerns(), Words::text)
        .add("provider in safeguarding", placement.getProviderInvolvedInSafeguarding(), Words::yesNo)
        .addAll("lost access to", placement.getLostAccessTo(), Words::label);
  }

  /** A number the document gives. */
  Entry figure(Figure figure) {
    String measure = Words.text(figure.getMeasure());
    String lead = figure.getValue()
        .map(value -> Words.number(figure.getQualifier(), value) + (figure.getUnit().orElse(null) == FigureUnit.PERCENT ? "%" : "")
            + figure.getOutOf().map(whole -> " of " + Words.number(Optional.empty(), whole)).orElse("") + " " + measure)
        .orElse(measure);
    return Entry.of(lead)
        .add("as written", figure.getAsWritten(), Words::text)
        .add("change", figure.getChange(), Words::label)
        .add("driven by", figure.getChangeReason(), Words::text)
        .add("compared with", figure.getComparison(), Words::text)
        .addAll("harm", figure.getHarmTypes(), Words::label)
        .add("data source", figure.getDataSource(), Words::text)
        .addAll("about", figure.getAbout(), Words::text)
        .addAll("of", figure.getSources(), this::sourceName)
        .add("when", figure.getWhen(), Words::when)
        .add("since", figure.getSince(), Words::when);
  }

  /** A resource the document links to or names: its title or opening words, who produced it and when. */
  static Entry resource(Resource resource) {
    return Entry.of(resource.getTitle().map(Words::text).orElseGet(() -> resource.getDescription().map(Words::opening).orElse("")))
        .add("by", resource.getPublisher(), Words::organisation)
        .add("date", resource.getDate(), Words::when)
        .add("cited", Optional.of(citation(resource)).filter(words -> !words.isEmpty()), words -> String.join(", ", words))
        .addAll("key points", resource.getKeyPoints(), Words::text);
  }

  /** A count of parts the document states without listing them. */
  Entry statedCount(StatedCount count) {
    return Entry.of(Words.count(count.getCount()) + " " + Words.lowerLabel(count.getPart()))
        .addAll("of", count.getSources(), this::sourceName);
  }

  /** A recommendation: its title or opening words, then what the document says of it besides its text. */
  Entry recommendation(Recommendation recommendation) {
    Entry entry = Entry.of(Words.titleOrOpening(recommendation.getTitle(), recommendation.getStatement()))
        .add("owner", recommendation.getOwner(), Words::text)
        .add("priority", recommendation.getPriority(), Words::label)
        .add("by", recommendation.getTargetDate(), Words::date)
        .add("status", recommendation.getStatus(), Words::label);
    return entry;
  }

  /** An action: its title or opening words, then who does it, when and how far it has gone. */
  static Entry action(Action action) {
    return Entry.of(Words.titleOrOpening(action.getTitle(), action.getStatement()))
        .add("owner", action.getOwner(), Words::text)
        .add("when", action.getWhen(), Words::when)
        .add("status", action.getStatus(), Words::label);
  }

  /** A status with children's services: its kind, then what else is known in brackets. */
  static String status(Status status) {
    List<String> words = new ArrayList<>();
    status.getCategory().ifPresent(c -> words.add(Words.label(c)));
    status.getLatestCategory().ifPresent(c -> words.add("latest category " + Words.label(c)));
    status.getLegalStatus().ifPresent(s -> words.add(Words.label(s)));
    status.getPlacement().ifPresent(p -> words.add("placed in " + Words.label(p)));
    status.getCareLeaverCategory().ifPresent(c -> words.add(Words.label(c)));
    status.getPrimaryNeed().ifPresent(n -> words.add("primary need " + Words.label(n)));
    status.getClosureReason().ifPresent(r -> words.add("closed: " + Words.label(r)));
    status.getBeforeBirth().filter(Boolean::booleanValue).ifPresent(b -> words.add("before birth"));
    share(status.getShare(), status.getShareAsWritten()).ifPresent(share -> words.add("for " + share));
    status.getAgency().ifPresent(a -> words.add(Words.agency(a)));
    status.getArea().ifPresent(a -> words.add(Words.text(a)));
    status.getWhen().ifPresent(w -> words.add(Words.when(w)));
    // The document's words ("for 3 years") say it; a counted span ("3 years") needs the "for".
    status.getDuration().ifPresent(d -> words.add(d.getAsWritten().isPresent() ? Words.timeSpan(d) : "for " + Words.timeSpan(d)));
    status.getTiming().ifPresent(t -> words.add(Words.lowerLabel(t)));
    status.getReason().ifPresent(r -> words.add("why: " + Words.text(r)));
    status.getDetail().ifPresent(d -> words.add(Words.text(d)));
    if (!status.getNotDisclosedTo().isEmpty()) {
      words.add("not disclosed to " + status.getNotDisclosedTo().stream().map(Words::agency).collect(Collectors.joining(", ")));
    }
    String kind = Words.label(status.getKind());
    return withDetails(status.getHeld().orElse(true) ? kind : "not: " + kind, words);
  }

  /**
   * A risk factor: its label and census code for who holds it, then its certainty, when, which
   * agencies knew and the document's words in brackets.
   */
  static String riskFactor(RiskFactor factor, FactorHolder holder) {
    List<String> words = new ArrayList<>();
    factor.cinCode(holder).ifPresent(code -> words.add("census " + MarkdownText.escape(code.code())));
    factor.getPerpetrated().filter(Boolean::booleanValue).ifPresent(p -> words.add("as perpetrator"));
    factor.getRiskPosed().filter(Boolean::booleanValue).ifPresent(p -> words.add("a risk posed to others"));
    factor.getCertainty().ifPresent(c -> words.add(Words.lowerLabel(c)));
    factor.getRiskAssessment().ifPresent(a -> words.add("risk " + Words.lowerLabel(a)));
    factor.getRiskAssessmentAsWritten().ifPresent(a -> words.add(Words.text(a)));
    factor.getWhen().ifPresent(w -> words.add(Words.when(w)));
    if (!factor.getKnownTo().isEmpty()) {
      words.add("known to " + factor.getKnownTo().stream().map(Words::agency).collect(Collectors.joining(", ")));
    }
    factor.getDetail().ifPresent(d -> words.add(Words.text(d)));
    return withDetails(Words.label(factor.getFactor()), words);
  }

  /** A criminal record: its kind, then the offence, when and the document's words in brackets. */
  static String criminalRecord(CriminalRecord record) {
    List<String> words = new ArrayList<>();
    record.getOffence().ifPresent(o -> words.add(Words.text(o)));
    record.getWhen().ifPresent(w -> words.add(Words.when(w)));
    record.getAsWritten().ifPresent(a -> words.add(Words.text(a)));
    return withDetails(Words.label(record.getKind()), words);
  }

  /** A registration with a local service: the service, then whether registered, where and when. */
  static String registration(Registration registration) {
    List<String> words = new ArrayList<>(List.of(registration.getRegistered() ? "registered" : "not registered"));
    registration.getArea().ifPresent(a -> words.add(Words.text(a)));
    registration.getWhen().ifPresent(w -> words.add(Words.when(w)));
    return withDetails(Words.label(registration.getService()), words);
  }

  /**
   * How harm came to light: the injuries found, then on how many of a group's children or that they
   * were the commonest, where on the body, where the child was seen,
   * when, that no explanation was offered or the explanation given and whether it fitted, and the document's words in brackets.
   */
  static String presentation(Presentation presentation) {
    List<String> words = new ArrayList<>();
    share(presentation.getShare(), presentation.getShareAsWritten()).ifPresent(share -> words.add("found on " + share));
    presentation.getMostCommon().filter(Boolean::booleanValue).ifPresent(common -> words.add("the commonest among the children"));
    presentation.getSite().ifPresent(s -> words.add("site: " + Words.text(s)));
    presentation.getRoute().ifPresent(r -> words.add(Words.label(r)));
    presentation.getWhen().ifPresent(w -> words.add(Words.when(w)));
    presentation.getExplanationOffered().filter(offered -> !offered).ifPresent(offered -> words.add("no explanation offered"));
    presentation.getExplanationGiven().ifPresent(e -> words.add("explained as: " + Words.text(e)));
    presentation.getExplanationFitted().ifPresent(f -> words.add(f ? "fitted the explanation given" : "did not fit the explanation given"));
    presentation.getDetail().ifPresent(d -> words.add(Words.text(d)));
    String found = presentation.getInjuries().stream().map(Words::label).collect(Collectors.joining(", "));
    return withDetails(found.isEmpty() ? "Seen" : found, words);
  }

  /** A share of a group in the document's words with the share in brackets, or the share alone, in lower case. */
  private static Optional<String> share(Optional<Share> share, Optional<String> asWritten) {
    return share.map(Words::lowerLabel).map(label -> Words.withLabel(asWritten, label));
  }

  /** Where something happened: area, setting and the document's words. */
  static String place(Place place) {
    List<String> words = new ArrayList<>();
    place.getArea().ifPresent(a -> words.add(Words.text(a)));
    place.getSetting().ifPresent(s -> words.add(Words.label(s)));
    place.getDescription().ifPresent(d -> words.add(Words.text(d)));
    return String.join(", ", words);
  }

  /** What followed an incident: its kind, then who, when, which agency and the document's words in brackets. */
  static String consequence(Consequence consequence) {
    List<String> words = new ArrayList<>();
    if (!consequence.getPeople().isEmpty()) {
      words.add(Words.texts(consequence.getPeople()));
    }
    consequence.getWhen().ifPresent(w -> words.add(Words.when(w)));
    consequence.getAgency().ifPresent(a -> words.add(Words.agency(a)));
    consequence.getReason().ifPresent(r -> words.add("why: " + Words.text(r)));
    consequence.getOutcome().ifPresent(o -> words.add("outcome: " + Words.text(o)));
    consequence.getDetail().ifPresent(d -> words.add(Words.text(d)));
    return withDetails(Words.label(consequence.getKind()), words);
  }

  private static String withDetails(String what, List<String> details) {
    return details.isEmpty() ? what : what + " (" + String.join("; ", details) + ")";
  }

  String sourceName(String id) {
    return namesById.getOrDefault(id, "an unknown review");
  }
}
