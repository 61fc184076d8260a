package org.safeguarding.review.testing;

import java.util.Optional;
import java.util.function.Supplier;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.metadata.ModelType;

/**
 * One hostile input and what it must give. Large inputs are made when asked for and not kept, so
 * that a run holds at most one of them at a time.
 *
 * @param name a name that is also a file name
 * @param about what the input is
 * @param input makes the input's bytes
 * @param readAs the type the input is read as; {@code ReviewDocument} to take it from the input
 * @param outcome what every entry point must give, unless overridden below
 * @param asText what reading the input decoded as a UTF-8 {@code String} must give; empty where
 *     decoding changes the input (bytes that are not UTF-8), so there is nothing to compare
 * @param schema what the schema validator (and so the full document validator) must give, where
 *     it reports the input otherwise than the reader
 * @param schemaAlone what the schema validator alone must give, where it differs from the
 *     document validator, which adds the domain rules, the timescales and the privacy scan
 * @param large whether the input is large (megabytes), for callers that write inputs to files
 */
public record HostileCase(
    String name,
    String about,
    Supplier<byte[]> input,
    Class<? extends ReviewDocument> readAs,
    Outcome outcome,
    Optional<Outcome> asText,
    Optional<Outcome> schema,
    Optional<Outcome> schemaAlone,
    boolean large) {

  /** The document type asked for, or empty when the input's own {@code documentType} decides. */
  public Optional<DocumentType> requestedType() {
    return ModelType.of(readAs).documentType();
  }

  /** What the schema validator and the document validator must give. */
  public Outcome schemaOutcome() {
    return schema.orElse(outcome);
  }

  /** What the schema validator alone must give. */
  public Outcome schemaAloneOutcome() {
    return schemaAlone.orElse(schemaOutcome());
  }

  @Override
  public String toString() {
    return name;
  }
}
