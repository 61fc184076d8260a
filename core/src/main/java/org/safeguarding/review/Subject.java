package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A child a review is about, known only by a pseudonym ("Child HH", "Infant B") and an age, never
 * by name or date of birth.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSubject.class)
public abstract class Subject implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Subject() {}

  /** The pseudonym the review uses; unique within a document. */
  @NotNull
  @Text(max = Constraints.NAME_MAX)
  public abstract String getPseudonym();

  /** The child's age at the time of the incident. */
  public abstract Optional<@Valid Age> getAge();

  /** The child's sex. */
  public abstract Optional<Sex> getSex();

  /** The child's ethnicity as recorded, such as "White British". */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getEthnicity();

  /** Any disability or complex health need, in words. */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getDisability();

  /** The child's status with children's services at the time of the incident. */
  public abstract Optional<LegalStatus> getLegalStatus();

  /** The category of the child protection plan, for a child who had one. */
  public abstract Optional<ChildProtectionCategory> getChildProtectionCategory();

  /** The child's education at the time of the incident. */
  public abstract Optional<EducationStatus> getEducationStatus();

  /** A subject with a pseudonym and an age. */
  public static Subject of(String pseudonym, Age age) {
    return builder().pseudonym(pseudonym).age(age).build();
  }

  /** A builder for a subject. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Subject}. */
  public static final class Builder extends ImmutableSubject.Builder {}
}
