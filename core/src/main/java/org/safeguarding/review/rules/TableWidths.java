package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.ERROR;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.Table;
import org.safeguarding.review.TableRow;
import org.safeguarding.review.TableRow_;
import org.safeguarding.review.Table_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/** Every row of a table has one cell for each of its columns. */
public final class TableWidths implements DocumentCheck {

  /** A table row has more or fewer cells than the table has columns. */
  public static final IssueCode TABLE_CELL_COUNT =
      IssueCode.of("table.cellCount", DOMAIN_RULE, ERROR, "a table row has more or fewer cells than the table has columns");

  /** The check; it keeps nothing between documents. */
  public TableWidths() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (Located<Table> table : parts.all(Table.class)) {
      int columns = table.value().getColumns().size();
      for (Located<TableRow> row : table.getAll(Table_.ROWS)) {
        if (row.value().getCells().size() != columns) {
          issues.add(ValidationIssue.of(
              TABLE_CELL_COUNT,
              row.at(TableRow_.CELLS),
              IssueMessages.quoted(TableRow_.CELLS.name()) + " must have one cell for each of the table's "
                  + (columns == 1 ? "1 column" : columns + " columns")));
        }
      }
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(TABLE_CELL_COUNT);
  }
}
