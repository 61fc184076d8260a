package org.safeguarding.review.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.safeguarding.review.Action;
import org.safeguarding.review.Agency;
import org.safeguarding.review.AgencyInvolvement;
import org.safeguarding.review.ContentVisitor;
import org.safeguarding.review.Finding;
import org.safeguarding.review.Incident;
import org.safeguarding.review.KeyPracticeEpisode;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.Status;
import org.safeguarding.review.pointer.Pointer;

/**
 * Every agency a document names, once each (the same kind and name as written), in the order they
 * first appear: the document's own list first, then those named on its case facts and its
 * findings, recommendations, actions and episodes.
 */
final class Agencies {

  private Agencies() {}

  /** The agencies a learning document names. */
  static List<Agency> of(LearningSummary summary) {
    Set<Agency> agencies = new LinkedHashSet<>(summary.getAgencies());
    statuses(summary.getSubjects().stream().flatMap(s -> s.getStatuses().stream()), agencies);
    statuses(summary.getGroups().stream().flatMap(g -> g.getStatuses().stream()), agencies);
    statuses(summary.getFamilyMembers().stream().flatMap(m -> m.getStatuses().stream()), agencies);
    summary.getIncidents().forEach(incident -> consequences(incident, agencies));
    summary.walk(
        new ContentVisitor() {
          @Override
          public void finding(Finding finding, Pointer path) {
            agencies.addAll(finding.getAgencies());
          }

          @Override
          public void recommendation(Recommendation recommendation, Pointer path) {
            agencies.addAll(recommendation.getAgencies());
          }

          @Override
          public void action(Action action, Pointer path) {
            agencies.addAll(action.getAgencies());
          }
        });
    return new ArrayList<>(agencies);
  }

  /** The agencies a rapid review names. */
  static List<Agency> of(RapidReview review) {
    Set<Agency> agencies = new LinkedHashSet<>();
    review.getAgencyInvolvement().stream().map(AgencyInvolvement::getAgency).forEach(agencies::add);
    statuses(review.getChildren().stream().flatMap(s -> s.getStatuses().stream()), agencies);
    statuses(review.getFamilyMembers().stream().flatMap(m -> m.getStatuses().stream()), agencies);
    consequences(review.getIncident(), agencies);
    review.getKeyPracticeEpisodes().stream().map(KeyPracticeEpisode::getAgencies).forEach(agencies::addAll);
    review.getFindings().stream().map(Finding::getAgencies).forEach(agencies::addAll);
    review.getImmediateActions().stream().map(Action::getAgencies).forEach(agencies::addAll);
    return new ArrayList<>(agencies);
  }

  private static void statuses(Stream<Status> statuses, Set<Agency> agencies) {
    statuses.forEach(status -> status.getAgency().ifPresent(agencies::add));
  }

  private static void consequences(Incident incident, Set<Agency> agencies) {
    incident.getConsequences().forEach(consequence -> consequence.getAgency().ifPresent(agencies::add));
  }
}
