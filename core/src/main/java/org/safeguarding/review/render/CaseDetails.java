package org.safeguarding.review.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguarding.review.Agency;
import org.safeguarding.review.Finding;
import org.safeguarding.review.Item;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.Section;
import org.safeguarding.review.Theme;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.render.MarkdownBlock.ListItem;
import org.safeguarding.review.render.MarkdownBlock.Paragraph;

/**
 * The case details block: what a document holds as typed data beside its text, listed in the
 * tool's words under the tool's field names, after a label that says the tool added it.
 *
 * <p>For a learning document: its format and what it says of it, series, what it draws on, whom
 * it is for, partnership and its own bodies, date and classification, the people it names, its
 * sources, the children, groups, family members, incidents, moves and housing placements, every
 * agency it names, the arrangements it names and the processes it explains, its figures and stated
 * counts, what it says of itself, the findings it attributes to someone, the entries it lists, the
 * resources it names with who produced them, their date, how they are cited and what they answer, what it says of its recommendations
 * besides their text (owner, priority, date, status), its keywords and themes. A
 * rapid review is a form whose parts are shown as the form itself; its block holds only the agencies
 * it names and its themes.
 */
final class CaseDetails {

  /** The label that starts the block. */
  static final String LABEL = "Case details";

  private final List<ListItem> fields = new ArrayList<>();

  private CaseDetails() {}

  /** The block for a learning document. */
  static List<MarkdownBlock> of(LearningSummary summary) {
    Facts facts = Facts.of(summary.getSources());
    CaseDetails details = new CaseDetails();
    String format = summary.getFormatLabel()
        .map(label -> label.equalsIgnoreCase(summary.getFormat().getLabel()) ? Words.text(label) : Words.text(label) + " (" + Words.label(summary.getFormat()) + ")")
        .orElseGet(() -> Words.label(summary.getFormat()));
    details.field("Format", format);
    summary.getFormatDescription().ifPresent(about -> details.field("About the format", Words.text(about)));
    summary.getSeries().ifPresent(series -> details.field("Series", Words.text(series)));
    summary.getEdition().ifPresent(edition -> details.field("Issue", String.valueOf(edition)));
    details.lines("Draws on", summary.getDrawsOn().stream().map(Facts::response).toList());
    summary.getPurpose().ifPresent(purpose -> details.field("Purpose", Words.text(purpose)));
    Words.audience(summary.getAudience(), summary.getAudienceRoles(), summary.getAudienceAsWritten()).ifPresent(audience -> details.field("Written for", audience));
    summary.getPartnership().ifPresent(p -> details.field("Partnership", Words.organisation(p)));
    if (!summary.getJointlyWith().isEmpty()) {
      details.field("Jointly with", summary.getJointlyWith().stream().map(Words::organisation).collect(Collectors.joining("; ")));
    }
    if (!summary.getStructure().isEmpty()) {
      details.field("Its own bodies", summary.getStructure().stream().map(Words::organisation).collect(Collectors.joining("; ")));
    }
    summary.getPublicationDate().ifPresent(date -> details.field("Date", Words.date(date)));
    summary.getApprovedBy().ifPresent(body -> details.field("Approved by", Words.organisation(body)));
    summary.getApprovalDate().ifPresent(date -> details.field("Approved", Words.date(date)));
    summary.getNextReviewDate().ifPresent(date -> details.field("Next review", Words.date(date)));
    summary.getClassification().ifPresent(c -> details.field("Classification", Words.label(c)));
    details.entries("People", summary.getPeople(), facts::person);
    details.entries("Reviews and audits", summary.getSources(), facts::source);
    details.entries("Children", summary.getSubjects(), facts::subject);
    // People harmed who may include adults are not headed as children.
    boolean adults = summary.getGroups().stream().anyMatch(group -> group.getMayIncludeAdults().orElse(false));
    details.entries(adults ? "Groups" : "Groups of children", summary.getGroups(), facts::group);
    details.entries("Family and household", summary.getFamilyMembers(), facts::familyMember);
    details.entries("Families", summary.getFamilies(), facts::family);
    details.entries("Incidents", summary.getIncidents(), facts::incident);
    details.entries("Events", summary.getEvents(), facts::event);
    details.entries("Moves", summary.getMoves(), facts::move);
    details.entries("Housing placements", summary.getHousingPlacements(), facts::placement);
    details.agencies(Agencies.of(summary));
    details.entries("Law, guidance and arrangements named", summary.getArrangements(), facts::arrangement);
    details.entries("Processes explained", summary.getProcessDescriptions(), Facts::process);
    details.entries("Figures", summary.getFigures(), facts::figure);
    Map<String, String> answerable = answerable(summary, facts);
    details.entries(
        "Resources produced by others, dated, cited or answering parts",
        summary.resources().stream()
            .filter(r -> r.getPublisher().isPresent() || r.getDate().isPresent() || !Facts.citation(r).isEmpty()
                || !r.getKeyPoints().isEmpty() || !r.getAnswers().isEmpty())
            .toList(),
        resource -> Facts.resource(resource).addAll("answers", resource.getAnswers().stream().filter(answerable::containsKey).toList(), answerable::get));
    details.entries("Counts stated", summary.getStatedCounts(), facts::statedCount);
    details.entries("What it says of itself", summary.getSelfAssessments(), Facts::selfAssessment);
    details.entries(
        "Findings attributed to someone",
        summary.findings().stream().filter(f -> f.getAttribution().isPresent()).toList(),
        Facts::attributedFinding);
    details.lines("Entries listed", entries(summary));
    details.entries("Recommendations", summary.recommendations(), facts::recommendation);
    details.entries(
        "Actions with an owner, date, status or what they answer",
        summary.actions().stream()
            .filter(a -> a.getOwner().isPresent() || a.getWhen().isPresent() || a.getStatus().isPresent() || !a.getAnswers().isEmpty())
            .toList(),
        action -> Facts.action(action).addAll("answers", action.getAnswers().stream().filter(answerable::containsKey).toList(), answerable::get));
    if (!summary.getKeywords().isEmpty()) {
      details.field("Keywords", Words.texts(summary.getKeywords()));
    }
    details.themes(summary.getThemes());
    return details.blocks();
  }

  /**
   * What the parts an action may answer are called in the tool's words, by id: a source by its
   * name, an item, a finding or a recommendation by its title or opening words. A part of another
   * kind is not named, so that no id is shown as if it were a name.
   */
  private static Map<String, String> answerable(LearningSummary summary, Facts facts) {
    Map<String, String> names = new HashMap<>();
    DocumentParts parts = DocumentParts.of(summary);
    parts.all(Item.class).forEach(item -> item.value().getId()
        .ifPresent(id -> item.value().getText().ifPresent(text -> names.put(id, Words.opening(text)))));
    parts.all(Finding.class).forEach(finding -> names.put(finding.value().getId(),
        Words.titleOrOpening(finding.value().getTitle(), finding.value().getStatement())));
    parts.all(Recommendation.class).forEach(recommendation -> names.put(recommendation.value().getId(),
        Words.titleOrOpening(recommendation.value().getTitle(), recommendation.value().getStatement())));
    summary.getSources().forEach(source -> source.getId().ifPresent(id -> names.put(id, facts.sourceName(id))));
    return names;
  }

  /** The sections that are entries for documents a page lists: each heading, else its place, with the entry's format. */
  private static List<String> entries(LearningSummary summary) {
    List<String> entries = new ArrayList<>();
    for (Section section : DocumentParts.of(summary).all(Section.class).stream().map(located -> located.value()).toList()) {
      section.getEntryFormat().ifPresent(format -> entries.add(
          section.getHeading().map(Words::text).orElse("An untitled entry") + " (" + Words.label(format) + ")"));
    }
    return entries;
  }

  /** The block for a rapid review: the agencies it names and its themes. */
  static List<MarkdownBlock> of(RapidReview review) {
    CaseDetails details = new CaseDetails();
    details.agencies(Agencies.of(review));
    details.themes(review.getThemes());
    return details.blocks();
  }

  private void field(String name, String value) {
    fields.add(ListItem.field(name, value));
  }

  private <T> void entries(String name, List<T> parts, Function<T, Entry> entry) {
    lines(name, parts.stream().map(entry).map(Entry::inline).toList());
  }

  /** A field whose values are listed one a line under it. */
  private void lines(String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    List<ListItem> items = values.stream().map(ListItem::of).toList();
    fields.add(new ListItem(Optional.empty(), List.of(new Paragraph(MarkdownText.strong(name + ":")), new MarkdownBlock.ItemList(items))));
  }

  /** The agencies on one line, separated by semicolons, since their kinds in brackets hold commas. */
  private void agencies(List<Agency> agencies) {
    if (!agencies.isEmpty()) {
      field("Agencies", agencies.stream().map(Words::agency).collect(Collectors.joining("; ")));
    }
  }

  private void themes(List<Theme> themes) {
    if (!themes.isEmpty()) {
      field("Themes", themes.stream().map(Words::theme).collect(Collectors.joining(", ")));
    }
  }

  private List<MarkdownBlock> blocks() {
    if (fields.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Paragraph(MarkdownText.strong(LABEL) + " (added by srm from the document's data)"),
        new MarkdownBlock.ItemList(fields));
  }
}
