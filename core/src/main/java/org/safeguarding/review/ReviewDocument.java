package org.safeguarding.review;

import java.util.List;
import java.util.Optional;

/**
 * An exchange document: a rapid review or a learning summary, one for each {@link DocumentType}.
 *
 * <p>Every document names its {@linkplain #getDocumentType() type} and the {@linkplain
 * #getSchemaVersion() schema version} it was written against, has an {@linkplain #getId() id}
 * unique among the sender's documents, and carries the learning themes it is tagged with.
 */
public interface ReviewDocument extends Extensible {

  /** {@return the type of this document, written first in JSON} */
  DocumentType getDocumentType();

  /** {@return the schema version the document was written against, such as {@code 1.0.0}} */
  SchemaVersion getSchemaVersion();

  /** {@return the sender's identifier of the document} */
  String getId();

  /**
   * {@return where the document comes from: its link, who published it, how complete the text is,
   * whether it is illustrative}
   */
  Optional<Provenance> getProvenance();

  /** {@return the learning themes the document as a whole is tagged with} */
  List<Theme> getThemes();

  /**
   * {@return whether the document is meant for publication or is sensitive, where it says; see
   * {@link #classification()} for the classification that applies}
   */
  Optional<Classification> getClassification();

  /**
   * {@return the classification that applies: the document's own, or its type's default (learning
   * summaries are meant for publication, rapid reviews are sensitive)}
   */
  default Classification classification() {
    return getClassification()
        .orElse(getDocumentType() == DocumentType.LEARNING_SUMMARY ? Classification.FOR_PUBLICATION : Classification.SENSITIVE);
  }
}
