package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A bullet or numbered list: an optional lead-in line and its items. A list whose items carry
 * published numbers is a numbered list.
 *
 * <p>Either every item has a number or none has ({@link FormRule#LIST_NUMBERING}); {@link
 * #numbered()} says which.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableItemList.class)
public abstract class ItemList implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  ItemList() {}

  /** {@return the line that introduces the list, such as "Practitioners should:"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getLeadIn();

  /** {@return the items, in order; at least one} */
  @Size(min = 1)
  public abstract List<@Valid Item> getItems();

  /** {@return whether the list is numbered: its items carry their published numbers} */
  public final boolean numbered() {
    return !getItems().isEmpty() && getItems().stream().allMatch(item -> item.getNumber().isPresent());
  }

  /**
   * {@return a list of {@code items}, without a lead-in line}
   *
   * @param items the items, in published order
   */
  public static ItemList of(Item... items) {
    return builder().addItems(items).build();
  }

  /** {@return a builder for an item list} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ItemList}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableItemList.Builder {

    /** A builder with no property set, as {@link ItemList#builder()} gives. */
    public Builder() {}
  }
}
