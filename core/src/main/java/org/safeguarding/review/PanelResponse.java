package org.safeguarding.review;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The Child Safeguarding Practice Review Panel's response to a rapid review. */
@Value.Immutable
@JsonDeserialize(as = ImmutablePanelResponse.class)
public abstract class PanelResponse implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  PanelResponse() {}

  /** {@return when the Panel responded} */
  public abstract Optional<PartialDate> getDate();

  /** {@return whether the Panel agreed with the partners' decision} */
  public abstract Optional<Boolean> getAgreesWithDecision();

  /** {@return what the Panel said} */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getSummary();

  /** {@return a builder for a panel response} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link PanelResponse}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutablePanelResponse.Builder {

    /** A builder with no property set, as {@link PanelResponse#builder()} gives. */
    public Builder() {}
  }
}
