package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a review found about practice: good practice, learning, an area for improvement or progress
 * since an earlier review, tagged with themes and agencies. Recommendations and actions refer to
 * findings by id.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Finding() {}

  /** {@return the finding's identifier, unique within the document, such as F4} */
  @NotNull
  @Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE)
  public abstract String getId();

  /** {@return what kind of finding this is} */
  @NotNull
  public abstract FindingKind getKind();

  /** {@return a short heading or label the document gives it, such as "Chronic Neglect"} */
  public abstract Optional<@Text(max = Constraints.TITLE_MAX) String> getTitle();

  /** {@return the finding itself, as published} */
  @NotNull
  @Text(max = Constraints.STATEMENT_MAX)
  public abstract String getStatement();

  /** {@return further published sentences that explain it} */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getDetail();

  /**
   * {@return whom the document attributes the finding to, as written, such as "inspectors" in
   * "inspectors said"; absent for the document's own finding}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getAttribution();

  /** {@return the learning themes it is tagged with} */
  public abstract List<Theme> getThemes();

  /** {@return the agencies it concerns, with names as written} */
  public abstract List<@Valid Agency> getAgencies();

  /** {@return the ids of the source reviews it comes from; empty for all the document's sources} */
  public abstract List<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getSources();

  /** {@return a builder for a finding} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Finding}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableFinding.Builder {

    /** A builder with no property set, as {@link Finding#builder()} gives. */
    public Builder() {}
  }
}
