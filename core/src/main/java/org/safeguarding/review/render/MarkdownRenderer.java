package org.safeguarding.review.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguarding.review.Action;
import org.safeguarding.review.AgencyInvolvement;
import org.safeguarding.review.Agency;
import org.safeguarding.review.Block;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.Incident;
import org.safeguarding.review.Item;
import org.safeguarding.review.ItemList;
import org.safeguarding.review.KeyPracticeEpisode;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.Organisation;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.Resource;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.Section;
import org.safeguarding.review.SignOff;
import org.safeguarding.review.Subject;
import org.safeguarding.review.TableColumn;
import org.safeguarding.review.TableRow;
import org.safeguarding.review.Theme;

/**
 * Renders a document as CommonMark Markdown for reading, laid out like the documents partnerships
 * publish: the title and publisher, the sections in order under their own headings (good
 * practice, learning by theme, what we need to do, recommendations, questions), and further
 * reading as links.
 *
 * <p>All document text is escaped: whatever a document holds, including HTML and Markdown
 * control characters, it renders as the same plain text. The output is deterministic, uses
 * {@code \n} line ends and ends with one. Instances are immutable and thread-safe.
 */
public final class MarkdownRenderer {

  private static final MarkdownRenderer STANDARD = new MarkdownRenderer();

  /** Marks a place where the document's text is not available: the tool's words, not the document's. */
  private static final String OMITTED = "*[text not available]*";

  private MarkdownRenderer() {}

  /** The renderer. */
  public static MarkdownRenderer standard() {
    return STANDARD;
  }

  /** The document as Markdown. */
  public String render(ReviewDocument document) {
    Objects.requireNonNull(document, "document");
    Blocks blocks = new Blocks();
    if (document instanceof LearningSummary summary) {
      learningSummary(summary, blocks);
    } else {
      rapidReview((RapidReview) document, blocks);
    }
    return blocks.toString();
  }

  private static void learningSummary(LearningSummary summary, Blocks out) {
    out.heading(1, summary.getTitle());
    List<String> about = new ArrayList<>();
    about.add(summary.getFormatLabel().orElse(summary.getFormat().getLabel()));
    summary.getPartnership().ifPresent(p -> about.add(name(p)));
    summary.getPublicationDate().ifPresent(d -> about.add(d.toString()));
    out.paragraphOf(about.stream().map(MarkdownText::escape).collect(Collectors.joining(" · ")));
    summary.getSeries().ifPresent(series -> out.paragraphOf("*" + MarkdownText.escape(series) + "*"));
    for (ReviewReference source : summary.getSources()) {
      out.paragraphOf("**Source:** " + MarkdownText.escape(source(source)));
    }
    if (!summary.getSubjects().isEmpty()) {
      out.paragraphOf("**Children:** " + join(summary.getSubjects(), MarkdownRenderer::subject));
    }
    for (Section section : summary.getSections()) {
      section(section, 2, out);
    }
    if (!summary.getKeywords().isEmpty()) {
      out.paragraphOf("**Keywords:** " + join(summary.getKeywords(), MarkdownText::escape));
    }
    themes(summary.getThemes(), out);
  }

  private static void section(Section section, int level, Blocks out) {
    String heading = section.getHeading().orElse(section.getKind().getLabel());
    out.heading(Math.min(level, 6), section.getNumber().map(n -> n + " " + heading).orElse(heading));
    themes(section.getThemes(), out);
    for (Block block : section.getContent()) {
      block(block, out);
    }
    section.getSections().forEach(subsection -> section(subsection, level + 1, out));
  }

  private static void block(Block block, Blocks out) {
    block.getParagraph().ifPresent(out::paragraph);
    block.getList().ifPresent(list -> list(list, out));
    block.getFinding().ifPresent(f -> out.bullet(finding(f)));
    block.getRecommendation().ifPresent(r -> out.bullet(recommendation(r)));
    block.getAction().ifPresent(a -> out.bullet(action(a)));
    block.getQuestion().ifPresent(q -> out.bullet(MarkdownText.escape(q)));
    block.getResource().ifPresent(r -> out.bullet(resource(r)));
    block.getTable().ifPresent(table -> {
      table.getTitle().ifPresent(title -> out.paragraphOf("**" + MarkdownText.escape(table.getNumber().map(n -> n + " ").orElse("") + title) + "**"));
      table.getCaption().ifPresent(out::paragraph);
      out.bullet(MarkdownText.escape(table.getColumns().stream().map(TableColumn::getHeading).collect(Collectors.joining(" | "))));
      for (TableRow row : table.getRows()) {
        out.bullet(row.getCells().stream().map(MarkdownRenderer::item).collect(Collectors.joining(" | ")));
      }
    });
    block.getGlossary().ifPresent(glossary -> glossary.getEntries().forEach(e -> out.bullet(MarkdownText.escape(e.getTerm() + ": " + e.getMeaning()))));
    block.getOmission().ifPresent(o -> out.paragraphOf(OMITTED));
  }

  /** A list's items as bullets, nested lists flattened after the item they belong to. */
  private static void list(ItemList list, Blocks out) {
    list.getLeadIn().ifPresent(out::paragraph);
    for (Item item : list.getItems()) {
      out.bullet(item(item));
      item.getList().ifPresent(nested -> list(nested, out));
    }
  }

  private static String item(Item item) {
    StringBuilder text = new StringBuilder();
    item.getNumber().ifPresent(n -> text.append(MarkdownText.escape(n)).append(' '));
    item.getLabel().ifPresent(l -> text.append("**").append(MarkdownText.escape(l)).append(":** "));
    item.getText().ifPresent(t -> text.append(MarkdownText.escape(t)));
    item.getFinding().ifPresent(f -> text.append(finding(f)));
    item.getRecommendation().ifPresent(r -> text.append(recommendation(r)));
    item.getAction().ifPresent(a -> text.append(action(a)));
    item.getQuestion().ifPresent(q -> text.append(MarkdownText.escape(q)));
    item.getResource().ifPresent(r -> text.append(resource(r)));
    item.getOmission().ifPresent(o -> text.append(OMITTED));
    return text.toString().strip();
  }

  private static void rapidReview(RapidReview review, Blocks out) {
    out.heading(1, "Rapid review: " + name(review.getPartnership()));
    List<String> about = new ArrayList<>(List.of("Document " + review.getId()));
    review.getPanelReference().ifPresent(r -> about.add("Panel reference " + r));
    out.paragraphOf(about.stream().map(MarkdownText::escape).collect(Collectors.joining(" · ")));

    out.heading(2, "Dates");
    review.getTimeline().getBecameAware().ifPresent(d -> out.bullet(dated("Became aware", d.toString())));
    out.bullet(dated("Notification sent", review.getTimeline().getNotificationSent().toString()));
    review.getTimeline().getMeetings().forEach(m -> out.bullet(dated("Rapid review meeting", m.toString())));
    review.getTimeline().getSubmitted().ifPresent(d -> out.bullet(dated("Submitted", d.toString())));

    out.heading(2, "Children");
    review.getChildren().forEach(child -> out.bullet(subject(child)));
    incident(review.getIncident(), out);
    if (!review.getFamilyMembers().isEmpty()) {
      out.heading(2, "Household and family network");
      review.getFamilyMembers().forEach(member -> out.bullet(familyMember(member)));
    }
    placements(review.getHousingPlacements(), out);
    if (!review.getAgencyInvolvement().isEmpty()) {
      out.heading(2, "Agency involvement");
      for (AgencyInvolvement involvement : review.getAgencyInvolvement()) {
        out.heading(3, involvement.getAgency().getName().orElse(involvement.getAgency().getKind().getLabel()));
        out.paragraph(involvement.getSummary());
      }
    }
    if (!review.getKeyPracticeEpisodes().isEmpty()) {
      out.heading(2, "Key practice episodes");
      review.getKeyPracticeEpisodes().forEach(episode -> episode(episode, out));
    }
    review.getLivedExperience().ifPresent(text -> out.heading(2, "The child's lived experience").paragraph(text));
    review.getContextAndEquality().ifPresent(text -> out.heading(2, "Context and equality").paragraph(text));
    findings("Good practice", review.getFindings(), f -> f.getKind() == FindingKind.GOOD_PRACTICE, out);
    findings("Learning", review.getFindings(), f -> f.getKind() != FindingKind.GOOD_PRACTICE, out);
    if (!review.getImmediateActions().isEmpty()) {
      out.heading(2, "Immediate actions");
      review.getImmediateActions().forEach(a -> out.bullet(action(a)));
    }
    review.getDecision().ifPresent(decision -> {
      out.heading(2, "Decision");
      out.paragraphOf("**" + MarkdownText.escape(decision.getOutcome().getLabel()) + ".**"
          + decision.getCriteriaMet().map(met -> met ? " The criteria for a local child safeguarding practice review are met." : " The criteria for a local child safeguarding practice review are not met.").orElse("")
          + decision.getDate().map(d -> " Decided " + d + ".").orElse(""));
      out.paragraph(decision.getRationale());
    });
    if (!review.getSignOff().isEmpty()) {
      out.heading(2, "Sign-off");
      review.getSignOff().forEach(s -> out.bullet(signOff(s)));
    }
    review.getPanelResponse().ifPresent(response -> {
      out.heading(2, "Panel response");
      List<String> facts = new ArrayList<>();
      response.getDate().ifPresent(d -> facts.add("Received " + d));
      response.getAgreesWithDecision().ifPresent(a -> facts.add(a ? "The Panel agreed with the decision" : "The Panel did not agree with the decision"));
      if (!facts.isEmpty()) {
        out.paragraph(String.join(". ", facts) + ".");
      }
      response.getSummary().ifPresent(out::paragraph);
    });
    themes(review.getThemes(), out);
  }

  private static void incident(Incident incident, Blocks out) {
    out.heading(2, "Incident");
    List<String> facts = new ArrayList<>();
    incident.getOutcome().ifPresent(o -> facts.add(o.getLabel()));
    incident.getHarmTypes().forEach(h -> facts.add(h.getLabel()));
    incident.getDate().ifPresent(d -> facts.add(d.toString()));
    if (!facts.isEmpty()) {
      out.paragraph(String.join("; ", facts));
    }
    incident.getSummary().ifPresent(out::paragraph);
    if (!incident.getParallelProcesses().isEmpty()) {
      out.paragraph("Alongside: " + incident.getParallelProcesses().stream().map(p -> p.getLabel()).collect(Collectors.joining(", ")));
    }
  }

  private static void placements(List<HousingPlacement> placements, Blocks out) {
    if (placements.isEmpty()) {
      return;
    }
    out.heading(2, "Housing");
    for (HousingPlacement placement : placements) {
      List<String> facts = new ArrayList<>();
      placement.getAccommodationType().ifPresent(t -> facts.add(t.getLabel()));
      placement.getDescription().ifPresent(facts::add);
      facts.add(period(placement));
      placement.getHostAuthority().ifPresent(a -> facts.add("in " + a));
      placement.getOutOfArea().filter(Boolean::booleanValue).ifPresent(o -> facts.add("out of area"));
      placement.getDistanceFromSupport().ifPresent(facts::add);
      placement.getSuitabilityConcerns().forEach(facts::add);
      placement.getProviderInvolvedInSafeguarding().ifPresent(p -> facts.add(p ? "housing provider took part in safeguarding" : "housing provider did not take part in safeguarding"));
      if (!placement.getLostAccessTo().isEmpty()) {
        facts.add("lost access to " + placement.getLostAccessTo().stream().map(s -> s.getLabel()).collect(Collectors.joining(", ")));
      }
      out.bullet(facts.stream().map(MarkdownText::escape).collect(Collectors.joining("; ")));
    }
  }

  private static String period(HousingPlacement placement) {
    String start = placement.getStart().map(Object::toString).orElse("");
    String end = placement.getEnd().map(Object::toString).orElse("");
    if (!start.isEmpty() && !end.isEmpty()) {
      return start + " to " + end;
    }
    return !start.isEmpty() ? "from " + start : !end.isEmpty() ? "until " + end : "dates not given";
  }

  private static void episode(KeyPracticeEpisode episode, Blocks out) {
    out.heading(3, episode.getDate().map(d -> d + ": ").orElse("") + episode.getTitle());
    out.paragraph(episode.getDescription());
    episode.getAnalysis().ifPresent(a -> out.paragraphOf("**Analysis:** " + MarkdownText.escape(a)));
  }

  private static void findings(String heading, List<Finding> findings, java.util.function.Predicate<Finding> wanted, Blocks out) {
    List<Finding> chosen = findings.stream().filter(wanted).toList();
    if (!chosen.isEmpty()) {
      out.heading(2, heading);
      chosen.forEach(f -> out.bullet(finding(f)));
    }
  }

  private static String finding(Finding finding) {
    StringBuilder text = new StringBuilder();
    finding.getTitle().ifPresent(t -> text.append("**").append(MarkdownText.escape(t)).append(":** "));
    if (finding.getKind() == FindingKind.AREA_FOR_IMPROVEMENT) {
      text.append("*Area for improvement:* ");
    }
    text.append(MarkdownText.escape(finding.getStatement()));
    finding.getDetail().ifPresent(d -> text.append(' ').append(MarkdownText.escape(d)));
    text.append(themeNote(finding.getThemes()));
    return text.toString();
  }

  private static String recommendation(Recommendation recommendation) {
    StringBuilder text = new StringBuilder("**Recommendation ").append(MarkdownText.escape(recommendation.getId())).append(":** ");
    text.append(MarkdownText.escape(recommendation.getStatement()));
    List<String> facts = new ArrayList<>();
    recommendation.getOwner().ifPresent(o -> facts.add("owner: " + o));
    recommendation.getPriority().ifPresent(p -> facts.add("priority: " + p.getLabel()));
    recommendation.getTargetDate().ifPresent(d -> facts.add("by " + d));
    recommendation.getStatus().ifPresent(s -> facts.add(s.getLabel()));
    if (!recommendation.getFindings().isEmpty()) {
      facts.add("answers " + String.join(", ", recommendation.getFindings()));
    }
    if (!facts.isEmpty()) {
      text.append(" (").append(MarkdownText.escape(String.join("; ", facts))).append(')');
    }
    return text.append(themeNote(recommendation.getThemes())).toString();
  }

  private static String action(Action action) {
    String agencies = action.getAgencies().isEmpty() ? "" : " (" + MarkdownText.escape(action.getAgencies().stream().map(MarkdownRenderer::agency).collect(Collectors.joining(", "))) + ")";
    return MarkdownText.escape(action.getStatement()) + agencies;
  }

  private static String resource(Resource resource) {
    if (resource.getTitle().isEmpty()) {
      String description = MarkdownText.escape(resource.getDescription().orElse(""));
      return resource.getLink().map(url -> description + " <" + url + ">").orElse(description);
    }
    String title = MarkdownText.escape(resource.getTitle().get());
    String link = resource.getLink().map(url -> "[" + title + "](<" + url + ">)").orElse(title);
    return link + resource.getDescription().map(d -> ": " + MarkdownText.escape(d)).orElse("");
  }

  private static String subject(Subject subject) {
    List<String> facts = new ArrayList<>();
    subject.getAge().ifPresent(a -> facts.add(a.toString()));
    subject.getSex().ifPresent(s -> facts.add(s.getLabel()));
    subject.getStatuses().stream().filter(s -> s.getWhen().isEmpty()).forEach(s -> {
      facts.add(s.getKind().getLabel());
      s.getCategory().ifPresent(c -> facts.add(c.getLabel()));
    });
    subject.getEducationStatus().ifPresent(e -> facts.add(e.getLabel()));
    return MarkdownText.escape(subject.getPseudonym()) + (facts.isEmpty() ? "" : " (" + MarkdownText.escape(String.join(", ", facts)) + ")");
  }

  private static String familyMember(FamilyMember member) {
    List<String> facts = new ArrayList<>(List.of(member.getRole().getLabel()));
    member.getAge().ifPresent(a -> facts.add(a.toString()));
    member.getCareLeaver().filter(Boolean::booleanValue).ifPresent(c -> facts.add("care leaver"));
    member.getPartnerOf().ifPresent(p -> facts.add("partner of " + p));
    String text = "**" + MarkdownText.escape(member.getLabel()) + "** (" + MarkdownText.escape(String.join(", ", facts)) + ")";
    return text + member.getHistory().map(h -> ": " + MarkdownText.escape(h)).orElse("");
  }

  private static String signOff(SignOff signOff) {
    return MarkdownText.escape(signOff.getPartner().getLabel()
        + signOff.getRole().map(r -> ", " + r).orElse("")
        + signOff.getDate().map(d -> ", " + d).orElse(""));
  }

  private static String source(ReviewReference source) {
    List<String> parts = new ArrayList<>();
    source.getType().ifPresent(t -> parts.add(t.getLabel()));
    source.getTitle().ifPresent(parts::add);
    source.getReference().ifPresent(parts::add);
    source.getPartnership().ifPresent(p -> parts.add(name(p)));
    source.getPublicationDate().ifPresent(d -> parts.add("published " + d));
    return String.join(", ", parts);
  }

  private static String name(Organisation organisation) {
    return organisation.getName().orElseGet(() -> organisation.getArea().orElse(""));
  }

  private static String agency(Agency agency) {
    return agency.getName().orElse(agency.getKind().getLabel());
  }

  private static String dated(String what, String date) {
    return "**" + MarkdownText.escape(what) + ":** " + MarkdownText.escape(date);
  }

  private static void themes(List<Theme> themes, Blocks out) {
    if (!themes.isEmpty()) {
      out.paragraphOf("*Themes: " + MarkdownText.escape(themes.stream().map(Theme::getLabel).collect(Collectors.joining(", "))) + "*");
    }
  }

  private static String themeNote(List<Theme> themes) {
    return themes.isEmpty() ? "" : " *(" + MarkdownText.escape(themes.stream().map(Theme::getLabel).collect(Collectors.joining(", "))) + ")*";
  }

  private static <T> String join(List<T> items, Function<T, String> markdown) {
    return items.stream().map(markdown).collect(Collectors.joining(", "));
  }

  /** Markdown blocks separated by blank lines; consecutive bullets form one list. */
  private static final class Blocks {
    private final StringBuilder text = new StringBuilder();
    private boolean inList;

    Blocks heading(int level, String heading) {
      return block("#".repeat(level) + " " + MarkdownText.escape(heading));
    }

    Blocks paragraph(String plain) {
      return block(MarkdownText.escape(plain));
    }

    Blocks paragraphOf(String markdown) {
      return block(markdown);
    }

    Blocks bullet(String markdown) {
      if (!inList && text.length() > 0) {
        text.append('\n');
      }
      text.append("- ").append(markdown).append('\n');
      inList = true;
      return this;
    }

    private Blocks block(String markdown) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(markdown).append('\n');
      inList = false;
      return this;
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
