package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.ERROR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.review.Action;
import org.safeguarding.review.Action_;
import org.safeguarding.review.CaseEvent;
import org.safeguarding.review.CaseEvent_;
import org.safeguarding.review.Finding;
import org.safeguarding.review.Finding_;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.HousingPlacement_;
import org.safeguarding.review.Incident;
import org.safeguarding.review.Incident_;
import org.safeguarding.review.Item;
import org.safeguarding.review.Item_;
import org.safeguarding.review.KeyPracticeEpisode;
import org.safeguarding.review.KeyPracticeEpisode_;
import org.safeguarding.review.Move;
import org.safeguarding.review.Move_;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.Recommendation_;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.ReviewReference_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/**
 * The ids of sources, incidents, moves, placements, key practice episodes, events, findings,
 * recommendations, actions and items are unique within a document, so that a reference names one part.
 */
public final class UniqueIds implements DocumentCheck {

  /** Two parts of the document have the same id. */
  public static final IssueCode ID_DUPLICATE =
      IssueCode.of("id.duplicate", DOMAIN_RULE, ERROR, "two parts of the document have the same id");

  /** The check; it keeps nothing between documents. */
  public UniqueIds() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<Located<String>> ids = ids(parts);
    List<ValidationIssue> issues = new ArrayList<>();
    Map<String, Pointer> first = new HashMap<>();
    for (Located<String> id : ids) {
      Pointer earlier = first.putIfAbsent(id.value(), id.pointer().parent().orElseThrow());
      if (earlier != null) {
        issues.add(ValidationIssue.of(
            ID_DUPLICATE,
            id.pointer(),
            IssueMessages.subject(id.pointer()) + " is already the id of " + earlier + "; ids must be unique within a document"));
      }
    }
    return issues;
  }

  /**
   * {@return every id the document's parts have, in document order, with where each is}
   *
   * @param parts the parts of the document
   */
  static List<Located<String>> ids(DocumentParts parts) {
    List<Located<String>> ids = new ArrayList<>();
    parts.all(ReviewReference.class).forEach(s -> s.getIfPresent(ReviewReference_.ID).ifPresent(ids::add));
    parts.all(Incident.class).forEach(i -> i.getIfPresent(Incident_.ID).ifPresent(ids::add));
    parts.all(Move.class).forEach(m -> m.getIfPresent(Move_.ID).ifPresent(ids::add));
    parts.all(HousingPlacement.class).forEach(p -> p.getIfPresent(HousingPlacement_.ID).ifPresent(ids::add));
    parts.all(KeyPracticeEpisode.class).forEach(e -> e.getIfPresent(KeyPracticeEpisode_.ID).ifPresent(ids::add));
    parts.all(CaseEvent.class).forEach(e -> e.getIfPresent(CaseEvent_.ID).ifPresent(ids::add));
    parts.all(Finding.class).forEach(f -> ids.add(f.get(Finding_.ID)));
    parts.all(Recommendation.class).forEach(r -> ids.add(r.get(Recommendation_.ID)));
    parts.all(Action.class).forEach(a -> a.getIfPresent(Action_.ID).ifPresent(ids::add));
    parts.all(Item.class).forEach(i -> i.getIfPresent(Item_.ID).ifPresent(ids::add));
    return ids;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(ID_DUPLICATE);
  }
}
