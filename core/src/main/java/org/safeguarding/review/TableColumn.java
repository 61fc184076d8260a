package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A table column. */
@Value.Immutable
@JsonDeserialize(as = ImmutableTableColumn.class)
public abstract class TableColumn implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  TableColumn() {}

  /** {@return the column heading as published} */
  @NotNull
  @Text(max = Constraints.TITLE_MAX)
  public abstract String getHeading();

  /**
   * {@return a column with its heading}
   *
   * @param heading the heading as published
   */
  public static TableColumn of(String heading) {
    return builder().heading(heading).build();
  }

  /** {@return a builder for a table column} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link TableColumn}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableTableColumn.Builder {

    /** A builder with no property set, as {@link TableColumn#builder()} gives. */
    public Builder() {}
  }
}
