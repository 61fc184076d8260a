package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a review found about practice: good practice, learning, or an area for improvement, tagged
 * with the learning themes and agencies it concerns. Recommendations refer to findings by {@link
 * #getId() id}.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Finding() {}

  /** The finding's identifier, unique within the document, such as {@code F4}. */
  @NotNull
  @Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE)
  public abstract String getId();

  /** What kind of finding this is. */
  @NotNull
  public abstract FindingKind getKind();

  /** A short heading the document gives the finding, such as "LADO referral". */
  public abstract Optional<@Text(max = Constraints.TITLE_MAX) String> getTitle();

  /** The finding itself. */
  @NotNull
  @Text(max = Constraints.STATEMENT_MAX)
  public abstract String getStatement();

  /** Further explanation of the finding. */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getDetail();

  /** The learning themes the finding is tagged with. */
  public abstract List<Theme> getThemes();

  /** The kinds of agency the finding concerns. */
  public abstract List<AgencyKind> getAgencies();

  /** A builder for a finding. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {}
}
