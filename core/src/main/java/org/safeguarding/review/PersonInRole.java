package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A person the document names in a public or professional role, such as the report's author, the
 * partnership's independent chair or a witness to a committee. Family members are never people in
 * roles.
 *
 * <p>{@link #getName()} is the only property of the model that may hold a person's name; it is
 * annotated {@link PersonName}.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePersonInRole.class)
public abstract class PersonInRole implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  PersonInRole() {}

  /**
   * {@return the person's name as published, with any title or honours ("Dr", "Cllr", "QPM");
   * absent when only the role is given}
   */
  @PersonName
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getName();

  /**
   * {@return what the person did for the document or the review; empty for a byline whose role the
   * page does not give}
   */
  public abstract List<RoleKind> getRoles();

  /**
   * {@return the role in the document's words, such as "Independent Chair of the Surrey
   * Safeguarding Children Partnership (SSCP)"}
   */
  public abstract Optional<@Text(max = Constraints.TITLE_MAX) String> getRoleAsWritten();

  /**
   * {@return how many people the entry stands for, when the document gives several in one role
   * without naming them ("two independent reviewers"); absent for one person, never with a name}
   */
  public abstract Optional<@Valid Count> getCount();

  /** {@return the body the person acts for} */
  public abstract Optional<@Valid Organisation> getOrganisation();

  /**
   * {@return the ids of the source reviews the role concerns; empty for the document as a whole}
   */
  public abstract List<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getSources();

  /** {@return a builder for a person in role} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link PersonInRole}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutablePersonInRole.Builder {

    /** A builder with no property set, as {@link PersonInRole#builder()} gives. */
    public Builder() {}
  }
}
