package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** One term and its meaning. */
@Value.Immutable
@JsonDeserialize(as = ImmutableGlossaryEntry.class)
public abstract class GlossaryEntry implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  GlossaryEntry() {}

  /** {@return the term or acronym, such as "CSC"} */
  @NotNull
  @Text(max = Constraints.NAME_MAX)
  public abstract String getTerm();

  /** {@return what it stands for or means, as written} */
  @NotNull
  @Text(max = Constraints.STATEMENT_MAX)
  public abstract String getMeaning();

  /**
   * {@return a glossary entry: a term and its meaning}
   *
   * @param term the term or acronym, such as "CSC"
   * @param meaning what it stands for or means, as published
   */
  public static GlossaryEntry of(String term, String meaning) {
    return builder().term(term).meaning(meaning).build();
  }

  /** {@return a builder for a glossary entry} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link GlossaryEntry}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableGlossaryEntry.Builder {

    /** A builder with no property set, as {@link GlossaryEntry#builder()} gives. */
    public Builder() {}
  }
}
