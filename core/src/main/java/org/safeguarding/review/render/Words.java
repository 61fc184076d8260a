package org.safeguarding.review.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeguarding.review.Age;
import org.safeguarding.review.Agency;
import org.safeguarding.review.Contact;
import org.safeguarding.review.Count;
import org.safeguarding.review.DefinedValue;
import org.safeguarding.review.Organisation;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.Qualifier;
import org.safeguarding.review.RelativeTime;
import org.safeguarding.review.Theme;
import org.safeguarding.review.TimeSpan;
import org.safeguarding.review.When;

/**
 * The tool's English for typed values, as escaped Markdown: dates as people in England write them,
 * ages, times and counts as the document wrote them where it did, enumeration values by their
 * labels.
 */
final class Words {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

  private Words() {}

  /** Text of the document, escaped. */
  static String text(String text) {
    return MarkdownText.escape(text);
  }

  /** Texts of the document, escaped and joined by commas. */
  static String texts(List<String> texts) {
    return texts.stream().map(MarkdownText::escape).collect(Collectors.joining(", "));
  }

  /**
   * A date to the precision it is known: "2 February 2017", "May 2019", "summer 2021", "2019",
   * "2011 to 2012", with "(inferred)" after a date the document does not state.
   */
  static String date(PartialDate date) {
    String words = switch (date.getPrecision()) {
      case DAY -> DAY.format(date.getEarliest());
      case MONTH -> MONTH.format(date.getEarliest());
      // winter starts in the December before its year
      case SEASON -> date.getSeason().orElseThrow().word() + " " + date.getEarliest().plusMonths(1).getYear();
      case YEAR -> String.valueOf(date.getEarliest().getYear());
      case YEARS -> date.getEarliest().getYear() + " to " + date.getLatest().getYear();
    };
    return date.isInferred() ? words + " (inferred)" : words;
  }

  /** A date known to the day. */
  static String date(LocalDate date) {
    return DAY.format(date);
  }

  /** Dates, joined by commas. */
  static String dates(List<PartialDate> dates) {
    return dates.stream().map(Words::date).collect(Collectors.joining(", "));
  }

  /** A value's label, such as "Children's social care". */
  static String label(DefinedValue value) {
    return MarkdownText.escape(value.getLabel());
  }

  /** A value's label in lower case, for a label inside a sentence, such as "before the incident". */
  static String lowerLabel(DefinedValue value) {
    return label(value).toLowerCase(Locale.ROOT);
  }

  /** "yes" or "no". */
  static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  /** An age as the document wrote it, else in its counted form or its stage of life. */
  static String age(Age age) {
    return MarkdownText.escape(age.getAsWritten().orElseGet(age::toString));
  }

  /** A length of time as the document wrote it, else in its counted form. */
  static String timeSpan(TimeSpan span) {
    return MarkdownText.escape(span.getAsWritten().orElseGet(span::toString));
  }

  /**
   * When something happened: the document's words, else the date or the span; a time relative to
   * another event with them ("the following summer (2 weeks after the birth)", "2 weeks after the
   * birth (June 2019 (inferred))").
   */
  static String when(When when) {
    Optional<String> relative = when.getRelative().map(Words::relative);
    if (when.getAsWritten().isPresent()) {
      String words = MarkdownText.escape(when.getAsWritten().get());
      return relative.map(r -> words + " (" + r + ")").orElse(words);
    }
    if (relative.isPresent()) {
      return when.getDate().map(date -> relative.get() + " (" + date(date) + ")").orElse(relative.get());
    }
    if (when.getDate().isPresent()) {
      return date(when.getDate().get());
    }
    Optional<String> from = when.getFrom().map(Words::date);
    Optional<String> to = when.getTo().map(Words::date);
    if (from.isPresent() && to.isPresent()) {
      return from.get() + " to " + to.get();
    }
    return from.map(f -> "from " + f).orElseGet(() -> to.map(t -> "until " + t).orElse(""));
  }

  /** A time by another event: "2 weeks after the birth", "around the move". */
  static String relative(RelativeTime time) {
    String offset = time.getOffset().map(span -> timeSpan(span) + " ").orElse("");
    return offset + time.getRelation().getLabel().toLowerCase(Locale.ROOT) + " " + MarkdownText.escape(time.getEvent());
  }

  /** The longest number written in full; longer ones keep their exponent. */
  static final int LONGEST_PLAIN_NUMBER = 40;

  /** A count: "10", "about 60". */
  static String count(Count count) {
    return qualified(count.getQualifier(), String.valueOf(count.getValue()));
  }

  /**
   * A number as written in JSON, with the qualifier's words before it; in full ("0.000012") unless
   * that would be longer than {@value #LONGEST_PLAIN_NUMBER} characters, as for {@code 1e-999999999},
   * which is then written with its exponent ("1E-999999999").
   */
  static String number(Optional<Qualifier> qualifier, BigDecimal value) {
    return qualified(qualifier, plainLength(value) <= LONGEST_PLAIN_NUMBER ? value.toPlainString() : value.toString());
  }

  /** How many characters a number takes written in full, worked out from its digits and scale without writing it. */
  static long plainLength(BigDecimal value) {
    long precision = value.precision();
    long scale = value.scale();
    long digits = scale <= 0 ? precision - scale : Math.max(precision, scale + 1) + 1;
    return digits + (value.signum() < 0 ? 1 : 0);
  }

  /**
   * Whom a document or a source is for: the words, else the kinds of agency and the roles, these in
   * brackets after the words.
   */
  static Optional<String> audience(List<? extends DefinedValue> agencies, List<? extends DefinedValue> roles, Optional<String> asWritten) {
    String kinds = Stream.concat(agencies.stream(), roles.stream()).map(Words::label).collect(Collectors.joining(", "));
    return kinds.isEmpty() ? asWritten.map(Words::text) : Optional.of(withLabel(asWritten, kinds));
  }

  /** The document's words with the model's label for them in brackets, or the label alone when there are no words. */
  static String withLabel(Optional<String> asWritten, String label) {
    return asWritten.map(words -> text(words) + " (" + label + ")").orElse(label);
  }

  /**
   * An organisation: its name (or area), abbreviation, kind and area; its kind alone when it has
   * neither; the kind left out where the name already says it ("Child Safeguarding Practice Review
   * Panel" with the kind {@code NATIONAL_PANEL}).
   */
  static String organisation(Organisation organisation) {
    List<String> parts = new ArrayList<>();
    Optional<String> abbreviation = organisation.getAbbreviation().map(MarkdownText::escape);
    organisation.getName().or(organisation::getArea).map(MarkdownText::escape)
        .map(name -> name + abbreviation.map(a -> " (" + a + ")").orElse(""))
        .or(() -> abbreviation)
        .ifPresent(parts::add);
    organisation.getKind().map(Words::label)
        .filter(kind -> organisation.getName().map(name -> !sameWords(name, kind)).orElse(true))
        .ifPresent(parts::add);
    organisation.getAgencyKinds().forEach(agency -> parts.add(label(agency)));
    organisation.getSector().map(Words::lowerLabel).ifPresent(parts::add);
    organisation.getLevel().map(Words::lowerLabel).ifPresent(parts::add);
    if (organisation.getName().isPresent()) {
      organisation.getArea().ifPresent(area -> parts.add(MarkdownText.escape(area)));
    }
    organisation.getPartOf().ifPresent(whole -> parts.add("part of " + MarkdownText.escape(whole)));
    organisation.getSucceededBy().ifPresent(next -> parts.add("since replaced by " + MarkdownText.escape(next)));
    organisation.getInferred().filter(Boolean::booleanValue).ifPresent(i -> parts.add("not named in the document"));
    if (!organisation.getMembers().isEmpty()) {
      parts.add("members: " + organisation.getMembers().stream().map(Words::agency).collect(Collectors.joining("; ")));
    }
    organisation.getMeets().map(cadence -> withLabel(organisation.getMeetsAsWritten(), lowerLabel(cadence)))
        .or(() -> organisation.getMeetsAsWritten().map(Words::text))
        .ifPresent(meets -> parts.add("meets: " + meets));
    organisation.getContacts().forEach(contact -> parts.add("contact: " + contact(contact)));
    return String.join(", ", parts);
  }

  /** How to reach a body: its mailbox, telephone line and link, after what it reaches with the ways in brackets. */
  static String contact(Contact contact) {
    List<String> ways = new ArrayList<>();
    contact.getEmail().ifPresent(email -> ways.add(text(email)));
    contact.getTelephone().ifPresent(telephone -> ways.add(text(telephone)));
    contact.getLink().ifPresent(link -> ways.add(MarkdownText.link(link)));
    String reached = String.join("; ", ways);
    return contact.getLabel().map(label -> text(label) + " (" + reached + ")").orElse(reached);
  }

  /** Whether two names are the same words, leaving out case and a leading "the". */
  private static boolean sameWords(String one, String other) {
    return withoutThe(one).equalsIgnoreCase(withoutThe(other));
  }

  private static String withoutThe(String name) {
    String stripped = name.strip();
    return stripped.regionMatches(true, 0, "the ", 0, 4) ? stripped.substring(4).strip() : stripped;
  }

  /**
   * An agency: its name as written with its kind, or its kind alone; a practitioner named in its
   * place comes first, with the agency in brackets.
   */
  static String agency(Agency agency) {
    String kind = label(agency.getKind()) + agency.getSector().map(sector -> ", " + lowerLabel(sector)).orElse("");
    String named = agency.getName().map(name -> MarkdownText.escape(name) + " (" + kind + ")").orElseGet(() -> kind);
    return agency.getPractitioner().map(role -> MarkdownText.escape(role) + " (" + named + ")").orElse(named);
  }

  /** A theme's label; a local theme's code in words, marked local. */
  static String theme(Theme theme) {
    if (theme.isLocal()) {
      String words = theme.getLabel().replace('_', ' ').toLowerCase(Locale.ROOT);
      return MarkdownText.escape(Character.toUpperCase(words.charAt(0)) + words.substring(1) + " (local theme)");
    }
    return MarkdownText.escape(theme.getLabel());
  }

  /** A part's title, else the opening words of its statement. */
  static String titleOrOpening(Optional<String> title, String statement) {
    return title.map(Words::text).orElseGet(() -> opening(statement));
  }

  /** The start of a text, to name a part in the tool's words: "Those who commission housing providers …". */
  static String opening(String text) {
    String[] words = text.strip().split("\\s+");
    int shown = Math.min(words.length, 8);
    String start = String.join(" ", List.of(words).subList(0, shown));
    return "“" + MarkdownText.escape(start) + (shown < words.length ? " …" : "") + "”";
  }

  private static String qualified(Optional<Qualifier> qualifier, String number) {
    return qualifier.map(q -> q.getLabel().toLowerCase(Locale.ROOT) + " ").orElse("") + number;
  }
}
