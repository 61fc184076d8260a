package org.safeguarding.review.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.safeguarding.review.Agency;
import org.safeguarding.review.AgencyInvolvement;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;

/**
 * Every agency a document names, once each (the same kind and name as written): the document's
 * own list first (a learning summary's agencies, a rapid review's agencies involved), then every
 * other agency in the order the document holds it, wherever it sits, as the model's metadata finds
 * the parts.
 */
final class Agencies {

  private Agencies() {}

  static List<Agency> of(ReviewDocument document) {
    Set<Agency> agencies = new LinkedHashSet<>();
    if (document instanceof LearningSummary summary) {
      agencies.addAll(summary.getAgencies());
    } else if (document instanceof RapidReview review) {
      review.getAgencyInvolvement().stream().map(AgencyInvolvement::getAgency).forEach(agencies::add);
    }
    DocumentParts.of(document).all(Agency.class).stream().map(Located::value).forEach(agencies::add);
    return new ArrayList<>(agencies);
  }
}
