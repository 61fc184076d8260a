package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A table row. */
@Value.Immutable
@JsonDeserialize(as = ImmutableTableRow.class)
public abstract class TableRow implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  TableRow() {}

  /** {@return the cells, left to right; an empty object is an empty cell} */
  @Size(min = 1)
  public abstract List<@Valid Item> getCells();

  /**
   * {@return a row of cells, left to right}
   *
   * @param cells the cells, each an item
   */
  public static TableRow of(Item... cells) {
    return builder().addCells(cells).build();
  }

  /** {@return a builder for a table row} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link TableRow}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableTableRow.Builder {

    /** A builder with no property set, as {@link TableRow#builder()} gives. */
    public Builder() {}
  }
}
