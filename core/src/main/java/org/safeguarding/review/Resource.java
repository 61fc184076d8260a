package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Further reading or a practice resource: a title and, where the document gives one, a link. */
@Value.Immutable
@JsonDeserialize(as = ImmutableResource.class)
public abstract class Resource implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Resource() {}

  /** The resource's title, such as "NSPCC - Housing: Learning from case reviews". */
  @NotNull
  @Text(max = Constraints.TITLE_MAX)
  public abstract String getTitle();

  /** An absolute http or https link to the resource. */
  public abstract Optional<
          @Size(max = Constraints.LINK_MAX)
          @Pattern(regexp = Constraints.LINK_PATTERN, message = Constraints.LINK_MESSAGE)
          String>
      getLink();

  /** What the resource is, where the document says more than its title. */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getDescription();

  /** A resource with a title and no link. */
  public static Resource of(String title) {
    return builder().title(title).build();
  }

  /** A builder for a resource. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Resource}. */
  public static final class Builder extends ImmutableResource.Builder {}
}
