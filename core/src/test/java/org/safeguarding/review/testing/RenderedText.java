package org.safeguarding.review.testing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.safeguarding.review.ContentVisitor;
import org.safeguarding.review.Figure_;
import org.safeguarding.review.Finding;
import org.safeguarding.review.Glossary;
import org.safeguarding.review.Item;
import org.safeguarding.review.ItemList;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.Resource;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.Section;
import org.safeguarding.review.Table;
import org.safeguarding.review.When;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.pointer.Pointer;

/**
 * What a reader of rendered Markdown sees, for tests: the text of the Markdown once commonmark-java
 * has parsed it (escapes undone, ordered lists' numbers written out as a reader sees them), and
 * checks that texts appear in it.
 */
public final class RenderedText {

  /** The extensions the renderer's Markdown uses: GitHub Flavored Markdown tables. */
  public static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private RenderedText() {}

  /** The Markdown parsed as commonmark-java parses it. */
  public static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /** The text a reader of the Markdown sees, blocks on lines of their own, whitespace as it is. */
  public static String plainText(String markdown) {
    StringBuilder text = new StringBuilder();
    parse(markdown).accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text node) {
            text.append(node.getLiteral());
          }

          @Override
          public void visit(Code node) {
            text.append(node.getLiteral());
          }

          @Override
          public void visit(HtmlInline node) {
            text.append(node.getLiteral());
          }

          @Override
          public void visit(HtmlBlock node) {
            text.append(node.getLiteral()).append('\n');
          }

          @Override
          public void visit(SoftLineBreak node) {
            text.append(' ');
          }

          @Override
          public void visit(HardLineBreak node) {
            text.append(' ');
          }

          @Override
          public void visit(Paragraph node) {
            block(node);
          }

          @Override
          public void visit(Heading node) {
            block(node);
          }

          @Override
          public void visit(BlockQuote node) {
            block(node);
          }

          @Override
          public void visit(OrderedList node) {
            int number = node.getMarkerStartNumber();
            for (Node item = node.getFirstChild(); item != null; item = item.getNext(), number++) {
              text.append(number).append(node.getMarkerDelimiter()).append(' ');
              item.accept(this);
            }
          }

          @Override
          public void visit(ListItem node) {
            block(node);
          }

          @Override
          public void visit(CustomBlock node) {
            block(node);
          }

          @Override
          public void visit(CustomNode node) {
            block(node);
          }

          private void block(Node node) {
            visitChildren(node);
            text.append('\n');
          }
        });
    return text.toString();
  }

  /** Runs of whitespace as one space, none at either end: how rendered text and document text are compared. */
  public static String normalise(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * {@return every free text of the document that a renderer shows as written}: all of them but
   * a figure's {@code about} that is a source's id, which is shown by the source's name, as an id
   * never is shown.
   */
  public static List<String> shownTexts(ReviewDocument document) {
    DocumentParts parts = DocumentParts.of(document);
    Set<String> sourceIds = parts.all(ReviewReference.class).stream().flatMap(source -> source.value().getId().stream()).collect(Collectors.toSet());
    return parts.texts().stream()
        .filter(text -> !(text.property().property() == Figure_.ABOUT && sourceIds.contains(text.value())))
        .map(DocumentParts.TextValue::value)
        .toList();
  }

  /** Those of {@code texts} that do not appear in {@code shown}, both compared once normalised. */
  public static List<String> missing(String shown, Collection<String> texts) {
    String haystack = normalise(shown);
    return texts.stream().filter(text -> !haystack.contains(normalise(text))).toList();
  }

  /**
   * What {@code shown} holds besides {@code texts} in their order, if anything but whitespace and
   * the colons after labels: empty when the texts, in order, with only those between them, are all
   * it holds.
   */
  public static Optional<String> added(String shown, List<String> texts) {
    String haystack = normalise(shown);
    int position = 0;
    for (String raw : texts) {
      String text = normalise(raw);
      if (text.isEmpty()) {
        continue;
      }
      int at = position;
      while (!haystack.startsWith(text, at)) {
        if (at >= haystack.length() || !separator(haystack.charAt(at))) {
          int end = Math.min(haystack.length(), position + 80);
          return Optional.of("\"" + haystack.substring(position, end) + "\" (starting with U+"
              + Integer.toHexString(haystack.codePointAt(Math.min(at, haystack.length() - 1))) + ") where \"" + text + "\" was expected");
        }
        at++;
      }
      position = at + text.length();
    }
    for (int at = position; at < haystack.length(); at++) {
      if (!separator(haystack.charAt(at))) {
        return Optional.of("\"" + haystack.substring(at) + "\" after the last text");
      }
    }
    return Optional.empty();
  }

  private static boolean separator(char c) {
    return c == ' ' || c == ':';
  }

  /**
   * A section's date as rendering shows it beside its heading: the document's words, else a date to
   * the day ("26 September 2023"), the month ("June 2021") or the year.
   */
  private static String inWords(When when) {
    if (when.getAsWritten().isPresent()) {
      return when.getAsWritten().get();
    }
    PartialDate date = when.getDate().orElseThrow();
    return switch (date.getPrecision()) {
      case DAY -> DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).format(date.getEarliest());
      case MONTH -> DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK).format(date.getEarliest());
      default -> String.valueOf(date.getEarliest().getYear());
    };
  }

  /**
   * The texts of a learning document's title and body in published order, as {@link
   * LearningSummary#walk} visits them: every text the body shows, with omission notes only when
   * {@code omissionNotes}.
   */
  public static List<String> bodyTexts(LearningSummary summary, boolean omissionNotes) {
    List<String> texts = new ArrayList<>(List.of(summary.getTitle()));
    summary.getSubtitle().ifPresent(texts::add);
    summary.walk(
        new ContentVisitor() {
          @Override
          public void section(Section section, Pointer path) {
            section.getNumber().ifPresent(texts::add);
            section.getHeading().ifPresent(texts::add);
            section.getDate().ifPresent(date -> texts.add(inWords(date)));
          }

          @Override
          public void paragraph(String paragraph, Pointer path) {
            texts.add(paragraph);
          }

          @Override
          public void text(String text, Pointer path) {
            texts.add(text);
          }

          @Override
          public void question(String question, Pointer path) {
            texts.add(question);
          }

          @Override
          public void list(ItemList list, Pointer path) {
            list.getLeadIn().ifPresent(texts::add);
          }

          @Override
          public void item(Item item, Pointer path) {
            item.getNumber().ifPresent(texts::add);
            item.getLabel().ifPresent(texts::add);
          }

          @Override
          public void finding(Finding finding, Pointer path) {
            finding.getTitle().ifPresent(texts::add);
            texts.add(finding.getStatement());
            finding.getDetail().ifPresent(texts::add);
          }

          @Override
          public void recommendation(Recommendation recommendation, Pointer path) {
            recommendation.getTitle().ifPresent(texts::add);
            texts.add(recommendation.getStatement());
          }

          @Override
          public void action(org.safeguarding.review.Action action, Pointer path) {
            action.getTitle().ifPresent(texts::add);
            texts.add(action.getStatement());
          }

          @Override
          public void resource(Resource resource, Pointer path) {
            resource.getTitle().ifPresent(texts::add);
            resource.getDescription().ifPresent(texts::add);
            if (resource.getTitle().isEmpty()) {
              resource.getLink().ifPresent(texts::add);
            }
          }

          @Override
          public void table(Table table, Pointer path) {
            table.getNumber().ifPresent(texts::add);
            table.getTitle().ifPresent(texts::add);
            table.getCaption().ifPresent(texts::add);
            table.getColumns().forEach(column -> texts.add(column.getHeading()));
          }

          @Override
          public void glossary(Glossary glossary, Pointer path) {
            glossary.getEntries().forEach(entry -> {
              texts.add(entry.getTerm());
              texts.add(entry.getMeaning());
            });
          }

          @Override
          public void omission(org.safeguarding.review.Omission omission, Pointer path) {
            if (omissionNotes) {
              omission.getNote().ifPresent(texts::add);
            }
          }

          @Override
          public void quote(org.safeguarding.review.Quote quote, Pointer path) {
            texts.add(quote.getText());
            quote.getAttribution().ifPresent(texts::add);
          }

          @Override
          public void image(org.safeguarding.review.Image image, Pointer path) {
            image.getAltText().ifPresent(texts::add);
            image.getCaption().ifPresent(texts::add);
          }
        });
    return texts;
  }
}
