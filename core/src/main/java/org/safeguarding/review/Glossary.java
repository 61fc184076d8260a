package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A list of terms or acronyms and their meanings, such as "Acronyms Used". */
@Value.Immutable
@JsonDeserialize(as = ImmutableGlossary.class)
public abstract class Glossary implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Glossary() {}

  /** {@return the entries, in published order; at least one} */
  @Size(min = 1)
  public abstract List<@Valid GlossaryEntry> getEntries();

  /** {@return a builder for a glossary} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Glossary}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableGlossary.Builder {

    /** A builder with no property set, as {@link Glossary#builder()} gives. */
    public Builder() {}
  }
}
