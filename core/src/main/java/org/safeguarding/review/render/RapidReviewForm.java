package org.safeguarding.review.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.safeguarding.review.Action;
import org.safeguarding.review.AgencyInvolvement;
import org.safeguarding.review.Decision;
import org.safeguarding.review.DefinedValue;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.Incident;
import org.safeguarding.review.KeyPracticeEpisode;
import org.safeguarding.review.Notification;
import org.safeguarding.review.Organisation;
import org.safeguarding.review.PanelResponse;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.SignOff;
import org.safeguarding.review.render.MarkdownBlock.Heading;
import org.safeguarding.review.render.MarkdownBlock.ListItem;
import org.safeguarding.review.render.MarkdownBlock.Paragraph;

/**
 * A rapid review as the form it is: its parts in the model's order (which is the order of what
 * partners send to the Panel), each under the part's name: the review's identifiers, timeline,
 * children, incident, family, moves, housing placements, each agency's involvement, key practice
 * episodes, lived experience, context and equality, findings (in runs of the same kind, under the
 * kind's name), immediate actions, decision, sign-off and the Panel's response. A part the review
 * does not fill in is left out.
 */
final class RapidReviewForm {

  private final RapidReview review;
  private final Facts facts = Facts.of(List.of());
  private final List<MarkdownBlock> out = new ArrayList<>();

  private RapidReviewForm(RapidReview review) {
    this.review = review;
  }

  /** The form's title: the document type's name and the partnership's. */
  static String title(RapidReview review) {
    Organisation partnership = review.getPartnership();
    return "Rapid review: " + partnership.getName().or(partnership::getArea).or(() -> partnership.getKind().map(DefinedValue::getLabel)).orElse("");
  }

  /** The form's parts, as Markdown blocks under level-2 headings. */
  static List<MarkdownBlock> of(RapidReview review) {
    return new RapidReviewForm(review).blocks();
  }

  private List<MarkdownBlock> blocks() {
    List<ListItem> identity = new ArrayList<>();
    identity.add(ListItem.field("Document", MarkdownText.escape(review.getId())));
    review.getPanelReference().ifPresent(reference -> identity.add(ListItem.field("Panel reference", Words.text(reference))));
    identity.add(ListItem.field("Partnership", Words.organisation(review.getPartnership())));
    identity.add(ListItem.field("Classification", Words.label(review.classification())));
    out.add(new MarkdownBlock.ItemList(identity));
    timeline(review.getTimeline());
    review.getNotification().ifPresent(this::notification);
    part("Children", review.getChildren().stream().map(child -> facts.subject(child).inline()).toList());
    incident(review.getIncident());
    part("Family and household", review.getFamilyMembers().stream().map(member -> facts.familyMember(member).inline()).toList());
    part("Families", review.getFamilies().stream().map(family -> facts.family(family).inline()).toList());
    part("Moves", review.getMoves().stream().map(move -> facts.move(move).inline()).toList());
    part("Housing placements", review.getHousingPlacements().stream().map(placement -> facts.placement(placement).inline()).toList());
    agencyInvolvement(review.getAgencyInvolvement());
    part("Law, guidance and arrangements named", review.getArrangements().stream().map(arrangement -> facts.arrangement(arrangement).inline()).toList());
    episodes(review.getKeyPracticeEpisodes());
    review.getLivedExperience().ifPresent(text -> text("The child's lived experience", text));
    review.getContextAndEquality().ifPresent(text -> text("Context and equality", text));
    findings(review.getFindings());
    part("Immediate actions", review.getImmediateActions().stream().map(RapidReviewForm::action).toList());
    review.getDecision().ifPresent(this::decision);
    part("Sign-off", review.getSignOff().stream().map(RapidReviewForm::signOff).toList());
    review.getPanelResponse().ifPresent(this::panelResponse);
    return out;
  }

  private void timeline(RapidReviewTimeline timeline) {
    List<ListItem> fields = new ArrayList<>();
    timeline.getBecameAware().ifPresent(date -> fields.add(ListItem.field("Became aware", Words.date(date))));
    timeline.getNotificationSent().ifPresent(date -> fields.add(ListItem.field("Notification sent", Words.date(date))));
    if (!timeline.getMeetings().isEmpty()) {
      fields.add(ListItem.field("Rapid review meetings", Words.dates(timeline.getMeetings())));
    }
    timeline.getSubmitted().ifPresent(date -> fields.add(ListItem.field("Submitted", Words.date(date))));
    out.add(new Heading(2, "Timeline"));
    out.add(new MarkdownBlock.ItemList(fields));
  }

  private void notification(Notification notification) {
    List<ListItem> fields = new ArrayList<>();
    notification.getRoute().ifPresent(route -> fields.add(ListItem.field("Route", Words.label(route))));
    notification.getNotifiedBy().ifPresent(by -> fields.add(ListItem.field("Notified by", Words.organisation(by))));
    notification.getNotifierRole().ifPresent(role -> fields.add(ListItem.field("Notifier's role", Words.text(role))));
    notification.getReference().ifPresent(reference -> fields.add(ListItem.field("Reference", Words.text(reference))));
    if (!notification.getLinkedNotifications().isEmpty()) {
      fields.add(ListItem.field("Linked notifications", Words.texts(notification.getLinkedNotifications())));
    }
    if (!notification.getChildren().isEmpty()) {
      fields.add(ListItem.field("Children", Words.texts(notification.getChildren())));
    }
    notification.getKnownToAnyAgency().ifPresent(known -> fields.add(ListItem.field("Known to any agency", Words.yesNo(known))));
    notification.getRapidReviewThresholdMet().ifPresent(met -> fields.add(ListItem.field("Rapid review threshold met", Words.yesNo(met))));
    out.add(new Heading(2, "Notification"));
    if (!fields.isEmpty()) {
      out.add(new MarkdownBlock.ItemList(fields));
    }
  }

  private void incident(Incident incident) {
    out.add(new Heading(2, "Incident"));
    Entry entry = facts.incident(incident);
    List<ListItem> fields = new ArrayList<>();
    if (!incident.getSubjects().isEmpty()) {
      fields.add(ListItem.field("Children", entry.lead()));
    }
    entry.facts().stream()
        .filter(fact -> !fact.name().equals("what happened"))
        .forEach(fact -> fields.add(ListItem.field(Character.toUpperCase(fact.name().charAt(0)) + fact.name().substring(1), fact.value())));
    if (!fields.isEmpty()) {
      out.add(new MarkdownBlock.ItemList(fields));
    }
    incident.getSummary().ifPresent(summary -> out.add(new Paragraph(Words.text(summary))));
  }

  private void agencyInvolvement(List<AgencyInvolvement> involvement) {
    if (involvement.isEmpty()) {
      return;
    }
    out.add(new Heading(2, "Agency involvement"));
    for (AgencyInvolvement agency : involvement) {
      out.add(new Heading(3, Words.agency(agency.getAgency())));
      out.add(new Paragraph(Words.text(agency.getSummary())));
    }
  }

  private void episodes(List<KeyPracticeEpisode> episodes) {
    if (episodes.isEmpty()) {
      return;
    }
    out.add(new Heading(2, "Key practice episodes"));
    for (KeyPracticeEpisode episode : episodes) {
      out.add(new Heading(3, Words.text(episode.getTitle())));
      episode.getDate().ifPresent(date -> out.add(new Paragraph(MarkdownText.strong("Date:") + " " + Words.date(date))));
      out.add(new Paragraph(Words.text(episode.getDescription())));
      episode.getAnalysis().ifPresent(analysis -> out.add(new Paragraph(MarkdownText.strong("Analysis:") + " " + Words.text(analysis))));
    }
  }

  /** The findings in their order, a sub-heading with the kind's name over each run of one kind. */
  private void findings(List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    out.add(new Heading(2, "Findings"));
    FindingKind run = null;
    List<ListItem> items = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.getKind() != run) {
        flush(items);
        out.add(new Heading(3, Words.label(finding.getKind())));
        run = finding.getKind();
      }
      String text = Words.text(finding.getStatement()) + finding.getDetail().map(d -> " " + Words.text(d)).orElse("")
          + finding.getAttribution().map(by -> " (said by " + Words.text(by) + ")").orElse("");
      items.add(ListItem.of(Content.labelled(finding.getTitle(), text)));
    }
    flush(items);
  }

  private void flush(List<ListItem> items) {
    if (!items.isEmpty()) {
      out.add(new MarkdownBlock.ItemList(List.copyOf(items)));
      items.clear();
    }
  }

  private void decision(Decision decision) {
    out.add(new Heading(2, "Decision"));
    List<ListItem> fields = new ArrayList<>();
    fields.add(ListItem.field("Outcome", Words.label(decision.getOutcome())));
    decision.getCriteriaMet().ifPresent(met -> fields.add(ListItem.field("Criteria for a local review met", Words.yesNo(met))));
    decision.getNationalReviewRecommended().ifPresent(national -> fields.add(ListItem.field("National review recommended", Words.yesNo(national))));
    decision.getDate().ifPresent(date -> fields.add(ListItem.field("Decided", Words.date(date))));
    out.add(new MarkdownBlock.ItemList(fields));
    out.add(new Paragraph(MarkdownText.strong("Rationale:") + " " + Words.text(decision.getRationale())));
  }

  private void panelResponse(PanelResponse response) {
    out.add(new Heading(2, "Panel response"));
    List<ListItem> fields = new ArrayList<>();
    response.getDate().ifPresent(date -> fields.add(ListItem.field("Received", Words.date(date))));
    response.getAgreesWithDecision().ifPresent(agrees -> fields.add(ListItem.field("Agrees with the decision", Words.yesNo(agrees))));
    response.getNationalReview().ifPresent(national -> fields.add(ListItem.field("National review", Words.yesNo(national))));
    if (!fields.isEmpty()) {
      out.add(new MarkdownBlock.ItemList(fields));
    }
    response.getSummary().ifPresent(summary -> out.add(new Paragraph(Words.text(summary))));
  }

  private static String action(Action action) {
    String done = Facts.action(action).facts().stream().map(fact -> fact.name() + ": " + fact.value()).collect(Collectors.joining("; "));
    return Content.labelled(action.getTitle(), Words.text(action.getStatement())) + (done.isEmpty() ? "" : " (" + done + ")");
  }

  private static String signOff(SignOff signOff) {
    List<String> words = new ArrayList<>();
    signOff.getRole().ifPresent(role -> words.add(Words.text(role)));
    signOff.getDate().ifPresent(date -> words.add(Words.date(date)));
    return MarkdownText.strong(Words.label(signOff.getPartner())) + (words.isEmpty() ? "" : " — " + String.join(", ", words));
  }

  private void part(String name, List<String> entries) {
    if (!entries.isEmpty()) {
      out.add(new Heading(2, name));
      out.add(new MarkdownBlock.ItemList(entries.stream().map(ListItem::of).toList()));
    }
  }

  private void text(String name, String text) {
    out.add(new Heading(2, name));
    out.add(new Paragraph(Words.text(text)));
  }
}
