package org.safeguarding.review.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.Completeness;
import org.safeguarding.review.CompletenessStatus;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.PersonInRole;
import org.safeguarding.review.Provenance;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.Section;
import org.safeguarding.review.When;
import org.safeguarding.review.json.ReviewJson;
import tools.jackson.databind.JsonNode;

/**
 * Nothing of a corpus document is lost, and nothing is squeezed into one long string: every line of
 * its body (in {@code src/test/resources/corpus/<name>.txt}, a copy of the development corpus) is
 * one string value of its JSON document, or a few adjacent values read in order (a label and its
 * text, a finding's title and statement, a heading's number and words, an index entry's date in words), with any published number
 * kept as data. The source link, the partnership and the completeness of the header are data too,
 * and the marker where the stored text ends is represented by the completeness fields, never kept
 * in a text.
 *
 * <p>The corpus files are close paraphrases with a header (Source, Partnership, Form, Retrieved,
 * Completeness); the Partnership line starts with "none" for a page no partnership published, such
 * as a charity's summary of an overview report. Lines in square brackets are the transcriber's notes, and "Row n" and the column
 * labels before a cell's text are the transcriber's way of laying out a flattened table: they are
 * not text of the document, and must not appear in the JSON.
 */
class CorpusFidelityTest {

  /** The corpus texts, copied into this module's test resources (their README says where each comes from). */
  private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");

  private static final Pattern BULLET = Pattern.compile("^[\\s\\u00a0\\u00b7\\u2022\\uf0b7*-]+");
  private static final Pattern NUMBER = Pattern.compile("^(\\d+(\\.\\d+)*\\.?)\\s+");
  /** A line that is a date in words ("26 September 2023"), whose day is not a published number. */
  private static final Pattern DATE_IN_WORDS = Pattern.compile("^\\d{1,2} [A-Z][a-z]+ \\d{4}$");
  private static final Pattern LINK = Pattern.compile("^\\[(.+)]\\((.*)\\)$");
  private static final Pattern CUT = Pattern.compile("\\s*\\[stored text ends here[^\\]]*]?\\s*$");
  private static final Pattern RUN_IN_LABEL = Pattern.compile("^([^:]{1,40}):\\s+(.*)$");
  private static final Pattern TRANSCRIBER_ROW = Pattern.compile("^Row \\d+$");
  /** Labels the transcriber added when laying out a flattened table, which the document's columns say otherwise. */
  private static final Set<String> TRANSCRIBER_LABELS =
      Set.of("Columns", "Areas of development (2015/2016)", "Areas improving (2016/2017)");
  /** What may stand between adjacent values on one published line: spaces, a colon, a dash, a comma. */
  private static final String SEPARATORS = " :-\u2013\u2014,";
  /** Values that are not text of the document (ids, enumeration values, dates, links), which a line may pass over. */
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+|[A-Za-z0-9][A-Za-z0-9._-]{0,63}|\\d{4}(-\\d\\d){0,2}|https?://\\S+");
  /** The most adjacent values one line may be made of. */
  private static final int MOST_VALUES = 6;

  static Stream<String> corpus() {
    return ExampleDocuments.corpus().stream();
  }

  @Test
  void everyCorpusDocumentHasItsSourceTextInTheRepository() {
    assertThat(CORPUS.resolve("README.md")).as("the corpus's README, saying where each text comes from").exists();
    for (String name : ExampleDocuments.corpus()) {
      assertThat(CORPUS.resolve(source(name))).exists();
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyLineOfTheBodyIsDataInItsOwnValues(String name) throws IOException {
    Text text = Text.read(CORPUS.resolve(source(name)));
    ReviewDocument document = ExampleDocuments.read(name);
    JsonNode tree = ReviewJson.strict().toTree(document);
    List<String> values = new ArrayList<>();
    strings(tree, values);
    List<String> whole = new ArrayList<>(values);
    whole.addAll(composites(document));
    List<String> numbers = new ArrayList<>();
    numbers(tree, numbers);

    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (String line : text.body()) {
      Unit unit = Unit.of(line);
      if (unit == null || TRANSCRIBER_ROW.matcher(unit.text()).matches()) {
        continue;
      }
      checked++;
      if (unit.number() != null && numbers.stream().noneMatch(n -> stripDot(n).equals(stripDot(unit.number())))) {
        problems.add("number not kept as data: " + unit.number());
      }
      if (!found(unit.text(), values, whole)) {
        problems.add("not found as data: " + unit.text());
      }
    }
    assertThat(checked).as(name + ": lines checked").isGreaterThan(5);
    assertThat(problems).as(name).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void theSourceLinkPartnershipAndCompletenessAreDataAndNoCutMarkerIsText(String name) throws IOException {
    Text corpus = Text.read(CORPUS.resolve(source(name)));
    ReviewDocument document = ExampleDocuments.read(name);
    Provenance provenance = document.getProvenance().orElseThrow();

    assertThat(List.of(provenance.getLink(), provenance.getCopyLink()))
        .as("the source link is the document's link or its copy's")
        .anySatisfy(link -> assertThat(link).contains(corpus.header().get("Source")));
    String partnership = corpus.header().get("Partnership").split(" \\(| - |;")[0].strip();
    LearningSummary summary = (LearningSummary) document;
    if (partnership.equals("none")) {
      assertThat(summary.getPartnership()).as("a page no partnership published has none").isEmpty();
      assertThat(provenance.getPublishedBy()).as("it names who published it").isPresent();
    } else {
      assertThat(List.of(summary.getPartnership().orElseThrow().getName(), summary.getPartnership().orElseThrow().getArea()))
          .as("the partnership is named as data")
          .anySatisfy(value -> assertThat(value).contains(partnership));
    }

    Completeness completeness = provenance.getCompleteness().orElseThrow();
    String stated = corpus.header().get("Completeness").split("[ (]")[0].toUpperCase(Locale.ROOT);
    assertThat(completeness.getStatus()).isEqualTo(CompletenessStatus.valueOf(stated));
    if (corpus.cutMidLine()) {
      assertThat(completeness.getEndsMidway()).as("the text stops part-way through a line").contains(true);
    }

    // The provenance says in words where the stored text ends; the document's own text never does.
    JsonNode text = ReviewJson.strict().toTree(document).deepCopy();
    ((tools.jackson.databind.node.ObjectNode) text).remove("provenance");
    List<String> values = new ArrayList<>();
    strings(text, values);
    assertThat(values)
        .as("no cut marker or transcriber's note is kept as text")
        .noneMatch(value -> value.contains("stored text") || value.contains("[nothing further") || value.startsWith("[Fragment"));
  }

  @Test
  void aBodyKeptAsOneLongStringOrWithAWordLostIsNotData() throws IOException {
    Text text = Text.read(CORPUS.resolve(source(ExampleDocuments.DEVON_NEGLECT_BRIEFING)));
    List<String> units = text.body().stream().map(Unit::of).filter(java.util.Objects::nonNull).map(Unit::text).toList();
    List<String> blob = List.of(String.join(" ", units));
    String line = "Three contacts with the Front Door in 2024 showed a pattern of neglect and refusal to cooperate.";
    List<String> lossy = List.of("Three contacts with the Front Door in 2024 showed a pattern of neglect.");

    assertThat(units).allSatisfy(unit -> assertThat(found(unit, blob, blob)).as(unit).isFalse());
    assertThat(found(line, lossy, lossy)).isFalse();
    assertThat(found(line, List.of("F1", "Three contacts with the Front Door", "2024", "in 2024 showed a pattern of neglect and refusal to cooperate."), List.of()))
        .as("adjacent values, passing over codes")
        .isTrue();
  }

  /** A line is one value, a composite of typed values, or a few adjacent values; a run-in label may precede it. */
  private static boolean found(String unit, List<String> values, List<String> whole) {
    if (whole.contains(unit) || adjacent(unit, values)) {
      return true;
    }
    Matcher label = RUN_IN_LABEL.matcher(unit);
    if (label.matches() && (TRANSCRIBER_LABELS.contains(label.group(1)) || values.contains(label.group(1)))) {
      String rest = label.group(2);
      return found(rest, values, whole)
          || rest.contains(" | ") && Stream.of(rest.split(" \\| ")).allMatch(part -> found(normalise(part), values, whole));
    }
    return false;
  }

  /**
   * The line is the values from one on, read in order, with only separators between them and
   * passing over values that are not text (ids, codes, dates).
   */
  private static boolean adjacent(String unit, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isEmpty() || !unit.startsWith(values.get(i))) {
        continue;
      }
      String rest = unit.substring(values.get(i).length());
      int used = 1;
      for (int j = i + 1; j < values.size() && j <= i + 2 * MOST_VALUES; j++) {
        String remaining = stripLeading(rest);
        if (remaining.isEmpty()) {
          break;
        }
        String next = values.get(j);
        if (!next.isEmpty() && used < MOST_VALUES && remaining.startsWith(next)) {
          rest = remaining.substring(next.length());
          used++;
        } else if (!CODE.matcher(next).matches()) {
          break;
        }
      }
      if (stripLeading(rest).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Published lines the model keeps in typed fields: a date in words, a title with its date, a role with its name. */
  private static List<String> composites(ReviewDocument document) {
    List<String> composites = new ArrayList<>();
    if (document instanceof LearningSummary summary) {
      summary.getPublicationDate().ifPresent(date -> {
        for (String words : dateInWords(date)) {
          composites.add(words);
          composites.add(normalise(summary.getTitle() + " " + words));
        }
      });
      sectionDates(summary.getSections(), composites);
      for (PersonInRole person : summary.getPeople()) {
        if (person.getName().isPresent() && person.getRoleAsWritten().isPresent()) {
          composites.add(normalise(person.getRoleAsWritten().get() + " " + person.getName().get()));
        }
      }
    }
    return composites;
  }

  /** The dates an index page shows with its entries, in words, as the page prints them above each entry. */
  private static void sectionDates(List<Section> sections, List<String> into) {
    for (Section section : sections) {
      section.getDate().flatMap(When::getDate).ifPresent(date -> into.addAll(dateInWords(date)));
      sectionDates(section.getSections(), into);
    }
  }

  /**
   * A partial date as documents write it: "May 2019", "20th November 2020", "20 November 2020",
   * "summer 2021", "2011-12".
   */
  private static List<String> dateInWords(PartialDate date) {
    String month = date.getEarliest().getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + date.getEarliest().getYear();
    return switch (date.getPrecision()) {
      case YEAR -> List.of(date.toString());
      case SEASON -> List.of(date.getSeason().orElseThrow().word() + " " + date.getEarliest().plusMonths(1).getYear());
      case YEARS -> {
        int first = date.getEarliest().getYear();
        int last = date.getLatest().getYear();
        yield List.of(first + "-" + last % 100, first + "/" + last % 100, first + "-" + last, first + " to " + last);
      }
      case MONTH -> List.of(month);
      case DAY -> {
        int day = date.getEarliest().getDayOfMonth();
        String suffix = day >= 11 && day <= 13 ? "th" : switch (day % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
        yield List.of(day + suffix + " " + month, day + " " + month);
      }
    };
  }

  private static void strings(JsonNode node, List<String> into) {
    if (node.isString()) {
      into.add(normalise(node.stringValue()));
    } else if (node.isObject()) {
      node.properties().forEach(property -> strings(property.getValue(), into));
    } else if (node.isArray()) {
      node.forEach(item -> strings(item, into));
    }
  }

  private static void numbers(JsonNode node, List<String> into) {
    if (node.isObject()) {
      node.properties().forEach(property -> {
        if (property.getKey().equals("number") && property.getValue().isString()) {
          into.add(property.getValue().stringValue());
        }
        numbers(property.getValue(), into);
      });
    } else if (node.isArray()) {
      node.forEach(item -> numbers(item, into));
    }
  }

  private static String stripLeading(String text) {
    int i = 0;
    while (i < text.length() && SEPARATORS.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return text.substring(i);
  }

  private static String stripDot(String number) {
    return number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
  }

  private static String normalise(String text) {
    return text.replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  private static String source(String document) {
    return document.replace(".json", ".txt");
  }

  /** One body line as data must hold it: without bullet, published number, link address or cut marker. */
  private record Unit(String number, String text) {

    /** The unit of a line, or {@code null} for a blank line or a transcriber's note in square brackets. */
    static Unit of(String line) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("[") && text.endsWith("]") && !text.contains("](")) {
        return null;
      }
      text = CUT.matcher(text).replaceFirst("");
      text = BULLET.matcher(text).replaceFirst("");
      Matcher number = NUMBER.matcher(text);
      String printed = null;
      if (!DATE_IN_WORDS.matcher(text).matches() && number.find()) {
        printed = number.group(1);
        text = text.substring(number.end());
      }
      Matcher link = LINK.matcher(text);
      if (link.matches()) {
        text = link.group(1);
      }
      text = normalise(text);
      return text.isEmpty() || text.equals("\u00b7") ? null : new Unit(printed, text);
    }
  }

  /** A corpus file: its header fields and its body lines. */
  private record Text(Map<String, String> header, List<String> body) {

    static Text read(Path file) throws IOException {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      int blank = content.indexOf("\n\n");
      Map<String, String> header = new LinkedHashMap<>();
      for (String line : content.substring(0, blank).split("\n")) {
        int colon = line.indexOf(": ");
        header.put(line.substring(0, colon), line.substring(colon + 2));
      }
      return new Text(header, content.substring(blank + 2).lines().toList());
    }

    /** Whether the stored text ends part-way through a line: text, then the cut marker. */
    boolean cutMidLine() {
      return body.stream().anyMatch(line -> CUT.matcher(line).find() && Unit.of(CUT.matcher(line).replaceFirst("")) != null);
    }
  }
}
