package org.safeguarding.review;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How to reach an organisation, as the document gives it: a public organisational mailbox, phone
 * line or web address, such as a board's business unit. It is never a person's own address or
 * number: the privacy scan reads it as it reads other text.
 *
 * <p>It has at least one of an email address, a telephone number and a link
 * ({@link FormRule#CONTACT_FORM}).
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableContact.class)
public abstract class Contact implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Contact() {}

  /** {@return what or whom it reaches, as written, such as "the Safeguarding Business Unit"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getLabel();

  /** {@return an organisational mailbox, as written, such as "safeguarding.partnership@example.gov.uk"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getEmail();

  /** {@return an organisation's telephone line, as written, such as "0300 123 4567"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getTelephone();

  /** {@return a web address to reach it by, such as a contact form} */
  public abstract Optional<@Size(max = Constraints.LINK_MAX) @Pattern(regexp = Constraints.LINK_PATTERN, message = Constraints.LINK_MESSAGE) String> getLink();

  /** {@return a builder for a contact} */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link Contact}; validation checks that it has an email address, a telephone number or a link. */
  public static final class Builder extends ImmutableContact.Builder {

    /** A builder with no property set, as {@link Contact#builder()} gives. */
    public Builder() {}
  }
}
