package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a partnership, board or agency says of itself, its work or its arrangements, which is not
 * a review's finding: "we have a robust review process", "our partnership is well placed".
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSelfAssessment.class)
public abstract class SelfAssessment implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  SelfAssessment() {}

  /** {@return the claim, as published, such as "Leeds has a robust review process"} */
  @NotNull
  @Text(max = Constraints.STATEMENT_MAX)
  public abstract String getStatement();

  /**
   * {@return what the claim is about, as written, such as "the review process"; the name of an
   * arrangement the document lists when it is about one}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getAbout();

  /** {@return the body that makes the claim; absent for the document's partnership} */
  public abstract Optional<@Valid Organisation> getBy();

  /** {@return the learning themes the claim concerns} */
  public abstract List<Theme> getThemes();

  /** {@return a builder for a self-assessment} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link SelfAssessment}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableSelfAssessment.Builder {

    /** A builder with no property set, as {@link SelfAssessment#builder()} gives. */
    public Builder() {}
  }
}
