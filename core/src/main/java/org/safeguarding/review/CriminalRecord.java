package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One entry of a person's criminal-justice history before the events reviewed, as the document
 * gives it: a conviction, caution, charge, prosecution or arrest, the offence as written and when.
 * Risk the person was known or assessed to pose is a risk factor with {@code riskPosed}; what
 * followed the incident is the incident's consequence.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCriminalRecord.class)
public abstract class CriminalRecord implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  CriminalRecord() {}

  /** {@return what the history records} */
  @NotNull
  public abstract CriminalRecordKind getKind();

  /** {@return the offence as written, such as "sexual abuse, including rape"; absent when not said} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getOffence();

  /** {@return when, as precisely as the document says ("in 2010", "as a teenager")} */
  public abstract Optional<@Valid When> getWhen();

  /** {@return the document's words, such as "convicted sex offenders"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getAsWritten();

  /**
   * {@return a record of this kind with the document's words}
   *
   * @param kind what the history records
   * @param asWritten the document's words
   */
  public static CriminalRecord of(CriminalRecordKind kind, String asWritten) {
    return builder().kind(kind).asWritten(asWritten).build();
  }

  /** {@return a builder for a criminal record} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link CriminalRecord}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set.
   */
  public static final class Builder extends ImmutableCriminalRecord.Builder {

    /** A builder with no property set, as {@link CriminalRecord#builder()} gives. */
    public Builder() {}
  }
}
