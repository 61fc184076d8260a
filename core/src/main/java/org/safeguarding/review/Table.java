package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A table with column headings, such as a year-on-year audit grid; each cell is an item, so a cell
 * can hold a typed finding.
 *
 * <p>Every row has as many cells as there are columns, which the domain rules check.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableTable.class)
public abstract class Table implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Table() {}

  /** {@return the table's number as printed, such as "Table 1."} */
  public abstract Optional<@Text(max = Constraints.NUMBER_MAX) String> getNumber();

  /** {@return the table's title} */
  public abstract Optional<@Text(max = Constraints.TITLE_MAX) String> getTitle();

  /** {@return a line under the title, such as "2015/2016 and 2016/2017 Performance Comparison"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getCaption();

  /** {@return the columns, in order; at least one} */
  @Size(min = 1)
  public abstract List<@Valid TableColumn> getColumns();

  /** {@return the rows, in order; at least one} */
  @Size(min = 1)
  public abstract List<@Valid TableRow> getRows();

  /** {@return a builder for a table} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Table}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableTable.Builder {

    /** A builder with no property set, as {@link Table#builder()} gives. */
    public Builder() {}
  }
}
