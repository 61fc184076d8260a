package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** One agency's involvement with a child and family, summarised for a rapid review. */
@Value.Immutable
@JsonDeserialize(as = ImmutableAgencyInvolvement.class)
public abstract class AgencyInvolvement implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  AgencyInvolvement() {}

  /** {@return the agency} */
  @NotNull
  @Valid
  public abstract Agency getAgency();

  /** {@return what the agency knew and did} */
  @NotNull
  @Text(max = Constraints.TEXT_MAX)
  public abstract String getSummary();

  /** {@return a builder for an agency's involvement} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link AgencyInvolvement}: {@code build()} throws an {@link
   * IllegalStateException} naming each property JSON requires that is not set; that a list has its
   * items is checked by validation.
   */
  public static final class Builder extends ImmutableAgencyInvolvement.Builder {

    /** A builder with no property set, as {@link AgencyInvolvement#builder()} gives. */
    public Builder() {}
  }
}
