package org.safeguarding.review;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The serious incident notification a rapid review follows: who notified the Panel, by which
 * route, what it said, and the notifications about the same incident. A person is named by role
 * only.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableNotification.class)
public abstract class Notification implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Notification() {}

  /** {@return why the Panel was notified} */
  public abstract Optional<NotificationRoute> getRoute();

  /** {@return the notifying local authority, the one where the incident happened} */
  public abstract Optional<@Valid Organisation> getNotifiedBy();

  /** {@return the notifier's role, such as "Head of Service, Children's Social Care"; never a name} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getNotifierRole();

  /** {@return the notification's reference in the notification system} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getReference();

  /**
   * {@return the references of other notifications about the same incident: one is made for each
   * child who died, and separate ones for children who are not siblings}
   */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getLinkedNotifications();

  /** {@return the pseudonyms of the children this notification is about, when not all of the review's children} */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getChildren();

  /** {@return whether the child was known to any agency at the time of the incident} */
  public abstract Optional<Boolean> getKnownToAnyAgency();

  /** {@return whether the notification says the threshold for a rapid review is met} */
  public abstract Optional<Boolean> getRapidReviewThresholdMet();

  /** {@return a builder for a notification} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Notification}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableNotification.Builder {

    /** A builder with no property set, as {@link Notification#builder()} gives. */
    public Builder() {}
  }
}
