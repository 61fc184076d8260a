package org.safeguarding.review.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collector;
import org.safeguarding.review.AccommodationType;
import org.safeguarding.review.AgencyKind;
import org.safeguarding.review.ArrangementKind;
import org.safeguarding.review.AssessmentFactor;
import org.safeguarding.review.ConsequenceKind;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.EventKind;
import org.safeguarding.review.FamilyRole;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.HarmType;
import org.safeguarding.review.IncidentCircumstance;
import org.safeguarding.review.IncidentOutcome;
import org.safeguarding.review.LearningFormat;
import org.safeguarding.review.LegalStatus;
import org.safeguarding.review.MeetingKind;
import org.safeguarding.review.PlacementType;
import org.safeguarding.review.RecommendationStatus;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewType;
import org.safeguarding.review.Theme;
import org.safeguarding.review.UniversalHealthContact;
import org.safeguarding.review.national.CodeList;

/**
 * Counts across many documents, for report tools and {@code srm stats}: each {@link Statistic}
 * as {@link Frequency} rows, most frequent first, equal counts in the order of their keys.
 *
 * <p>An instance is a mutable accumulator, like {@link java.util.IntSummaryStatistics}: {@link
 * #accept(ReviewDocument)} counts a valid document, {@link #acceptInvalid()} one that could not be
 * read or is invalid, and {@link #combine(CorpusStatistics)} adds the counts of another instance,
 * so that several threads can each count their share and combine at the end ({@link #collector()}
 * does that for streams). It is not thread-safe. It holds only counts: counting a document keeps
 * nothing of it but the keys it adds.
 *
 * <p>A document's stated counts ("eight findings, fourteen recommendations") stand for the items it
 * does not list: for each of findings, recommendations, actions and questions, a document counts
 * the items it lists, and when the numbers it states for that part add up to more, the difference
 * as {@link #STATED_NOT_LISTED}. So each document contributes the larger of the two, and a stated
 * "about 60" or "more than 100" contributes its number.
 *
 * <p>A statistic is {@linkplain #getStatistics() worth showing} when at least one row says
 * something: one whose key is not {@link #NOT_GIVEN}. Reports show no other, so that they have
 * no empty sections and no zero counts.
 */
public final class CorpusStatistics {

  /** The key of the items a document lists (recommendations, actions, questions). */
  public static final String LISTED = "LISTED";

  /** The key of the items a document counts in words but does not list. */
  public static final String STATED_NOT_LISTED = "STATED_NOT_LISTED";

  /** The key of the items whose value for the statistic the document does not give. */
  public static final String NOT_GIVEN = "NOT_GIVEN";

  /** The key of a family member the document says left care. */
  public static final String CARE_LEAVER = "CARE_LEAVER";

  /** The key of a family member the document says did not leave care. */
  public static final String NOT_A_CARE_LEAVER = "NOT_A_CARE_LEAVER";

  /** Between the two codes of a pair of themes. */
  static final String PAIR_SEPARATOR = "+";

  private final Map<Statistic, Map<String, Long>> counts = new EnumMap<>(Statistic.class);
  private long documents;
  private long invalid;

  /** Empty statistics. */
  public CorpusStatistics() {}

  /**
   * The statistics of one valid document.
   *
   * @param document the document
   * @return its counts
   */
  public static CorpusStatistics of(ReviewDocument document) {
    CorpusStatistics statistics = new CorpusStatistics();
    statistics.accept(document);
    return statistics;
  }

  /**
   * A collector that counts the documents of a stream, sequential or parallel.
   *
   * <pre>{@code CorpusStatistics statistics = documents.parallelStream().collect(CorpusStatistics.collector());}</pre>
   *
   * @return the collector
   */
  public static Collector<ReviewDocument, CorpusStatistics, CorpusStatistics> collector() {
    return Collector.of(CorpusStatistics::new, CorpusStatistics::accept, CorpusStatistics::combine);
  }

  /**
   * Counts one valid document.
   *
   * @param document the document
   * @throws NullPointerException if the document is null
   */
  public void accept(ReviewDocument document) {
    Objects.requireNonNull(document, "document");
    DocumentCounter.count(document, this);
    documents++;
  }

  /** Counts one document that could not be read or is invalid; it adds to no other count. */
  public void acceptInvalid() {
    invalid++;
  }

  /**
   * Adds the counts of {@code other} to these; {@code other} is unchanged.
   *
   * @param other the statistics to add
   * @return these statistics
   */
  public CorpusStatistics combine(CorpusStatistics other) {
    Objects.requireNonNull(other, "other");
    other.counts.forEach((statistic, rows) -> {
      Map<String, Long> mine = rows(statistic);
      rows.forEach((key, count) -> mine.merge(key, count, Long::sum));
    });
    documents += other.documents;
    invalid += other.invalid;
    return this;
  }

  /** {@return how many valid documents were counted} */
  public long getDocuments() {
    return documents;
  }

  /** {@return how many documents could not be read or were invalid} */
  public long getInvalidDocuments() {
    return invalid;
  }

  /** {@return the statistics worth showing, in the order of {@link Statistic}} */
  public List<Statistic> getStatistics() {
    List<Statistic> shown = new ArrayList<>();
    counts.forEach((statistic, rows) -> {
      if (rows.keySet().stream().anyMatch(key -> !key.equals(NOT_GIVEN))) {
        shown.add(statistic);
      }
    });
    return Collections.unmodifiableList(shown);
  }

  /**
   * The rows of a statistic, most frequent first, equal counts by key.
   *
   * @param statistic the statistic
   * @return its rows; empty when none
   */
  public List<Frequency> getFrequencies(Statistic statistic) {
    Map<String, Long> rows = counts.getOrDefault(Objects.requireNonNull(statistic, "statistic"), Map.of());
    Function<String, String> label = labels(statistic);
    List<Frequency> frequencies = new ArrayList<>(rows.size());
    rows.forEach((key, count) -> frequencies.add(new Frequency(key, label.apply(key), count)));
    frequencies.sort(Frequency.MOST_FREQUENT_FIRST);
    return Collections.unmodifiableList(frequencies);
  }

  /**
   * The sum of a statistic's counts.
   *
   * @param statistic the statistic
   * @return the sum of its counts
   */
  public long getTotal(Statistic statistic) {
    return counts.getOrDefault(Objects.requireNonNull(statistic, "statistic"), Map.of()).values().stream()
        .mapToLong(Long::longValue)
        .sum();
  }

  /** Adds {@code count} to the row {@code key} of {@code statistic}; nothing when it is zero. */
  void add(Statistic statistic, String key, long count) {
    if (count > 0) {
      rows(statistic).merge(key, count, Long::sum);
    }
  }

  /** Adds one to the row of each key. */
  void addEach(Statistic statistic, Set<String> keys) {
    keys.forEach(key -> add(statistic, key, 1));
  }

  private Map<String, Long> rows(Statistic statistic) {
    return counts.computeIfAbsent(statistic, s -> new HashMap<>());
  }

  private static Function<String, String> labels(Statistic statistic) {
    return switch (statistic) {
      case DOCUMENT_TYPES -> key -> DocumentType.fromJsonName(key).map(DocumentType::getLabel).orElse(key);
      case FORMATS -> key -> LearningFormat.valueOf(key).getLabel();
      case REVIEW_TYPES -> orNotGiven(key -> ReviewType.valueOf(key).getLabel());
      case THEMES -> CorpusStatistics::themeLabel;
      case THEME_PAIRS -> key -> {
        int separator = key.indexOf(PAIR_SEPARATOR);
        return themeLabel(key.substring(0, separator)) + " + " + themeLabel(key.substring(separator + 1));
      };
      case FINDINGS -> stated(key -> FindingKind.valueOf(key).getLabel());
      case RECOMMENDATIONS, ACTIONS, QUESTIONS -> stated(key -> "Listed");
      case ACTION_STATUSES -> orNotGiven(key -> RecommendationStatus.valueOf(key).getLabel());
      case AGENCY_KINDS -> key -> AgencyKind.valueOf(key).getLabel();
      case AGENCY_NAMES -> key -> key;
      case ARRANGEMENTS -> key -> ArrangementKind.valueOf(key).getLabel();
      case HARM_TYPES -> orNotGiven(key -> HarmType.valueOf(key).getLabel());
      case INCIDENT_OUTCOMES -> orNotGiven(key -> IncidentOutcome.valueOf(key).getLabel());
      case CIRCUMSTANCES -> key -> IncidentCircumstance.valueOf(key).getLabel();
      case CONSEQUENCES -> key -> ConsequenceKind.valueOf(key).getLabel();
      case EVENTS -> key -> EventKind.valueOf(key).getLabel();
      case MEETINGS -> orNotGiven(key -> MeetingKind.valueOf(key).getLabel());
      case HEALTH_CONTACTS -> key -> UniversalHealthContact.valueOf(key).getLabel();
      case AGE_BANDS -> key -> AgeBand.valueOf(key).getLabel();
      case FAMILY_ROLES, FAMILY_MEMBERS_HARMED -> key -> FamilyRole.valueOf(key).getLabel();
      case CARE_LEAVERS -> orNotGiven(key -> key.equals(CARE_LEAVER) ? "Care leaver" : "Not a care leaver");
      case FAMILIES -> stated(key -> "Told apart");
      case HOUSING_PLACEMENTS -> orNotGiven(key -> AccommodationType.valueOf(key).getLabel());
      case RISK_FACTORS -> CorpusStatistics::riskFactorLabel;
      case LEGAL_STATUSES -> key -> LegalStatus.valueOf(key).getLabel();
      case PLACEMENT_TYPES -> key -> PlacementType.valueOf(key).getLabel();
    };
  }

  private static Function<String, String> orNotGiven(Function<String, String> label) {
    return key -> key.equals(NOT_GIVEN) ? "Not given" : label.apply(key);
  }

  private static Function<String, String> stated(Function<String, String> label) {
    return key -> key.equals(STATED_NOT_LISTED) ? "Stated as a number, not listed" : label.apply(key);
  }

  /** A census code's label with the code, else a factor's label for a holder the census does not code. */
  private static String riskFactorLabel(String key) {
    return CodeList.CIN_ASSESSMENT_FACTORS.entry(key)
        .map(code -> code.code() + " " + code.label())
        .orElseGet(() -> AssessmentFactor.valueOf(key).getLabel() + " (no census code)");
  }

  private static String themeLabel(String code) {
    Theme theme = Theme.of(code);
    return theme.isLocal() ? theme.getLabel() + " (local theme)" : theme.getLabel();
  }
}
