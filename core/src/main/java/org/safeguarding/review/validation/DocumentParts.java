package org.safeguarding.review.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.safeguarding.review.Action;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.Finding;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.Incident;
import org.safeguarding.review.KeyPracticeEpisode;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.Section;
import org.safeguarding.review.Subject;

/**
 * The parts of a document that cross-field rules look at, each with its JSON Pointer, whichever
 * type the document is.
 */
final class DocumentParts {

  final List<Located<Subject>> subjects;
  final List<Located<FamilyMember>> familyMembers;
  final List<Located<HousingPlacement>> placements;
  final List<Located<Finding>> findings;
  final List<Located<Recommendation>> recommendations;
  final List<Located<Action>> actions;
  final List<Located<KeyPracticeEpisode>> episodes;
  final Optional<Located<Incident>> incident;

  private DocumentParts(ReviewDocument document) {
    if (document instanceof RapidReview review) {
      subjects = list("/children", review.getChildren());
      familyMembers = list("/familyMembers", review.getFamilyMembers());
      placements = list("/housingPlacements", review.getHousingPlacements());
      findings = list("/findings", review.getFindings());
      recommendations = List.of();
      actions = list("/immediateActions", review.getImmediateActions());
      episodes = list("/keyPracticeEpisodes", review.getKeyPracticeEpisodes());
      incident = Optional.of(new Located<>(review.getIncident(), "/incident"));
    } else {
      LearningSummary summary = (LearningSummary) document;
      subjects = list("/subjects", summary.getSubjects());
      familyMembers = list("/familyMembers", summary.getFamilyMembers());
      placements = list("/housingPlacements", summary.getHousingPlacements());
      findings = inSections(summary, "findings", Section::getFindings);
      recommendations = inSections(summary, "recommendations", Section::getRecommendations);
      actions = inSections(summary, "actions", Section::getActions);
      episodes = List.of();
      incident = summary.getIncident().map(i -> new Located<>(i, "/incident"));
    }
  }

  static DocumentParts of(ReviewDocument document) {
    return new DocumentParts(document);
  }

  private static <T> List<Located<T>> list(String pointer, List<T> values) {
    List<Located<T>> located = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      located.add(new Located<>(values.get(i), Located.pointer(pointer, i)));
    }
    return located;
  }

  private static <T> List<Located<T>> inSections(
      LearningSummary summary, String property, Function<Section, List<T>> items) {
    List<Located<T>> located = new ArrayList<>();
    List<Section> sections = summary.getSections();
    for (int s = 0; s < sections.size(); s++) {
      located.addAll(list(Located.pointer("/sections", s, property), items.apply(sections.get(s))));
    }
    return located;
  }
}
