package org.safeguarding.review.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ModelWalker;
import org.safeguarding.review.report.Pointer;

/**
 * Every part of a document by its model type, each with its JSON Pointer, found in one walk
 * wherever it sits: {@code parts.all(Finding.class)} gives a rapid review's findings and a learning
 * summary's findings in every section alike. Checks that relate parts to each other start here.
 */
public final class DocumentParts {

  private final Located<ReviewDocument> document;
  private final Map<Class<?>, List<Located<?>>> byType = new HashMap<>();

  private DocumentParts(ReviewDocument document) {
    this.document = Located.root(document);
    ModelWalker.walk(
        document,
        new ModelWalker.Visitor() {
          @Override
          public void part(Extensible part, ModelType type, Pointer at) {
            byType.computeIfAbsent(type.modelClass(), t -> new ArrayList<>()).add(new Located<>(part, at));
          }
        });
  }

  /** The parts of {@code document}. */
  public static DocumentParts of(ReviewDocument document) {
    return new DocumentParts(document);
  }

  /** The document itself, at the root. */
  public Located<ReviewDocument> document() {
    return document;
  }

  /** Every part of the model type {@code type}, such as {@code Finding.class}, in document order. */
  @SuppressWarnings("unchecked")
  public <T> List<Located<T>> all(Class<T> type) {
    List<Located<?>> found = byType.getOrDefault(type, List.of());
    List<Located<T>> typed = new ArrayList<>(found.size());
    found.forEach(part -> typed.add((Located<T>) part));
    return typed;
  }
}
