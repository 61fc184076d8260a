package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An adult or child in a subject's household or family network, known by a role label such as
 * "Mother" or "Child CC's father", never by name.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFamilyMember.class)
public abstract class FamilyMember implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  FamilyMember() {}

  /** The label the review uses, such as "Child HH's Mother"; unique within a document. */
  @NotNull
  @Text(max = Constraints.NAME_MAX)
  public abstract String getLabel();

  /** The person's role in the children's lives. */
  @NotNull
  public abstract FamilyRole getRole();

  /** The person's age, where the review gives it. */
  public abstract Optional<@Valid Age> getAge();

  /** Whether the person is a care leaver; empty when the review does not say. */
  public abstract Optional<Boolean> getCareLeaver();

  /** The pseudonyms of the subjects this person is related to. */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getRelatedSubjects();

  /** The label of the family member this person is the partner of. */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getPartnerOf();

  /** Relevant history, in words. */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getHistory();

  /** A builder for a family member. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FamilyMember}. */
  public static final class Builder extends ImmutableFamilyMember.Builder {}
}
