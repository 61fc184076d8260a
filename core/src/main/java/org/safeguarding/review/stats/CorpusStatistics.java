package org.safeguarding.review.stats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.safeguarding.review.AccommodationType;
import org.safeguarding.review.AgencyKind;
import org.safeguarding.review.ContentPath;
import org.safeguarding.review.ContentVisitor;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.Section;
import org.safeguarding.review.Theme;

/**
 * Counts across a corpus of documents, for report tools: documents by type, findings by kind,
 * learning themes and agencies (each as the number of documents that mention it anywhere),
 * housing placements by accommodation type, and recommendations.
 *
 * <p>Like {@link java.util.IntSummaryStatistics}, an instance is a mutable accumulator and not
 * thread-safe.
 */
public final class CorpusStatistics {

  private final Map<DocumentType, Long> documents = new EnumMap<>(DocumentType.class);
  private long invalid;
  private final Map<FindingKind, Long> findings = new EnumMap<>(FindingKind.class);
  private final Map<Theme, Long> themes = new TreeMap<>();
  private final Map<AgencyKind, Long> agencies = new EnumMap<>(AgencyKind.class);
  private final Map<String, Long> placements = new TreeMap<>();
  private long recommendations;

  /** Placements whose accommodation type the document does not give. */
  public static final String TYPE_NOT_GIVEN = "NOT_GIVEN";

  /** Empty statistics. */
  public CorpusStatistics() {}

  /** Counts one document. */
  public void accept(ReviewDocument document) {
    Objects.requireNonNull(document, "document");
    documents.merge(document.getDocumentType(), 1L, Long::sum);
    List<Finding> documentFindings;
    List<HousingPlacement> documentPlacements;
    Set<Theme> documentThemes = new TreeSet<>(document.getThemes());
    Set<AgencyKind> documentAgencies = new TreeSet<>();
    if (document instanceof LearningSummary summary) {
      documentFindings = summary.findings();
      documentPlacements = summary.getHousingPlacements();
      recommendations += summary.recommendations().size();
      summary.walk(
          new ContentVisitor() {
            @Override
            public void section(Section section, ContentPath path) {
              documentThemes.addAll(section.getThemes());
            }
          });
      summary.recommendations().forEach(r -> documentThemes.addAll(r.getThemes()));
      summary.actions().forEach(a -> {
        documentThemes.addAll(a.getThemes());
        a.getAgencies().forEach(agency -> documentAgencies.add(agency.getKind()));
      });
    } else {
      RapidReview review = (RapidReview) document;
      documentFindings = review.getFindings();
      documentPlacements = review.getHousingPlacements();
      review.getAgencyInvolvement().forEach(a -> documentAgencies.add(a.getAgency().getKind()));
      review.getKeyPracticeEpisodes().forEach(e -> {
        documentThemes.addAll(e.getThemes());
        e.getAgencies().forEach(agency -> documentAgencies.add(agency.getKind()));
      });
      review.getImmediateActions().forEach(a -> {
        documentThemes.addAll(a.getThemes());
        a.getAgencies().forEach(agency -> documentAgencies.add(agency.getKind()));
      });
    }
    for (Finding finding : documentFindings) {
      findings.merge(finding.getKind(), 1L, Long::sum);
      documentThemes.addAll(finding.getThemes());
      finding.getAgencies().forEach(agency -> documentAgencies.add(agency.getKind()));
    }
    for (HousingPlacement placement : documentPlacements) {
      placements.merge(placement.getAccommodationType().map(Enum::name).orElse(TYPE_NOT_GIVEN), 1L, Long::sum);
    }
    documentThemes.forEach(theme -> themes.merge(theme, 1L, Long::sum));
    documentAgencies.forEach(agency -> agencies.merge(agency, 1L, Long::sum));
  }

  /** Counts one document that could not be read or is invalid; it adds to no other count. */
  public void acceptInvalid() {
    invalid++;
  }

  /** Valid documents counted, by type. */
  public Map<DocumentType, Long> getDocumentsByType() {
    return Collections.unmodifiableMap(documents);
  }

  /** Valid documents counted. */
  public long getDocuments() {
    return documents.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Documents that could not be read or were invalid. */
  public long getInvalidDocuments() {
    return invalid;
  }

  /** Findings, by kind. */
  public Map<FindingKind, Long> getFindingsByKind() {
    return Collections.unmodifiableMap(findings);
  }

  /** For each learning theme, the number of documents tagged with it anywhere; catalogue order, then local themes. */
  public Map<Theme, Long> getThemes() {
    return Collections.unmodifiableMap(themes);
  }

  /** For each kind of agency, the number of documents that name it anywhere. */
  public Map<AgencyKind, Long> getAgencies() {
    return Collections.unmodifiableMap(agencies);
  }

  /**
   * Housing placements by accommodation type: the names of {@link AccommodationType} constants,
   * and {@link #TYPE_NOT_GIVEN} for placements without one.
   */
  public Map<String, Long> getHousingPlacementsByType() {
    return Collections.unmodifiableMap(placements);
  }

  /** Recommendations across all learning summaries. */
  public long getRecommendations() {
    return recommendations;
  }
}
