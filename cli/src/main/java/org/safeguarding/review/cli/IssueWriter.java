package org.safeguarding.review.cli;

import java.io.PrintWriter;
import org.safeguarding.review.Text;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.SourceLocation;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the issues of many documents as they are found, without holding them: as text lines for
 * people, or as one JSON array for machines. Both name the file, the line where known, and each
 * issue's severity, JSON Pointer, code and message, in which a reading limit is named as users
 * give it to {@code --limit}.
 */
abstract class IssueWriter implements RecordValidation.RecordResults<ValidationReport>, AutoCloseable {

  /** The code of an input that could not be read, in the JSON report; it has no pointer. */
  static final String UNREADABLE = "input.unreadable";

  private long documents;
  private long invalid;
  private long errors;
  private long warnings;

  static IssueWriter of(ReportFormat format, PrintWriter out) {
    return format == ReportFormat.json ? new Json(out, true) : new Text(out);
  }

  /** The JSON array without the {@code file} member, as {@code srm serve} answers: a request has no file name. */
  static IssueWriter jsonWithoutFiles(PrintWriter out) {
    return new Json(out, false);
  }

  /**
   * Writes one document's report.
   *
   * @param file the file's name as given
   * @param line the line of an NDJSON record, or 0 for a whole file
   */
  @Override
  public final void result(String file, long line, ValidationReport report) {
    documents++;
    if (!report.isValid()) {
      invalid++;
    }
    errors += report.issues(Severity.ERROR).size();
    warnings += report.issues(Severity.WARNING).size();
    for (ValidationIssue issue : report.issues()) {
      long at = line > 0 ? line : issue.location().map(l -> (long) l.line()).orElse(0L);
      int column = issue.location().map(SourceLocation::column).orElse(0);
      issue(file, at, column, issue);
    }
  }

  long documents() {
    return documents;
  }

  long invalid() {
    return invalid;
  }

  long warnings() {
    return warnings;
  }

  long errors() {
    return errors;
  }

  /** One issue; {@code line} and {@code column} are 0 where not known. */
  abstract void issue(String file, long line, int column, ValidationIssue issue);

  @Override
  public abstract void close();

  /** Lines for people, and a summary line. */
  private static final class Text extends IssueWriter {
    private final PrintWriter out;
    private long unreadable;

    Text(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void handed() {
      out.flush();
    }

    @Override
    void issue(String file, long line, int column, ValidationIssue issue) {
      String where = TerminalText.escape(file) + (line > 0 ? ":" + line : "") + (line > 0 && column > 0 ? ":" + column : "");
      String pointer = issue.pointer().isRoot() ? "(document)" : TerminalText.escape(issue.pointer().toString());
      out.println(where + ": " + issue.severity() + " " + pointer + " [" + issue.code().text() + "] " + issue.message());
    }

    @Override
    public void unreadable(String file, String reason) {
      unreadable++;
    }

    /**
     * The summary line, when any document was checked; when inputs were read but held no document
     * (an empty NDJSON batch, or one of blank lines), a line that says so.
     */
    @Override
    public void close() {
      if (documents() == 0) {
        if (unreadable == 0) {
          out.println("0 documents checked: no records were read (the input is empty or holds only blank lines)");
        }
        out.flush();
        return;
      }
      out.println(
          plural(documents(), "document")
              + " checked: "
              + (documents() - invalid())
              + " valid, "
              + invalid()
              + " invalid; "
              + plural(errors(), "error")
              + ", "
              + plural(warnings(), "warning"));
      out.flush();
    }

    private static String plural(long count, String noun) {
      return count + " " + noun + (count == 1 ? "" : "s");
    }
  }

  /** One JSON array of issue objects, streamed. */
  private static final class Json extends IssueWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final PrintWriter out;
    private final JsonGenerator json;
    private final boolean files;

    Json(PrintWriter out, boolean files) {
      this.out = out;
      this.files = files;
      json = FACTORY.createGenerator(ObjectWriteContext.empty(), out);
      json.writeStartArray();
    }

    private void file(String file) {
      if (files) {
        json.writeStringProperty("file", file);
      }
    }

    @Override
    public void handed() {
      json.flush();
      out.flush();
    }

    @Override
    void issue(String file, long line, int column, ValidationIssue issue) {
      json.writeStartObject();
      file(file);
      if (line > 0) {
        json.writeNumberProperty("line", line);
      }
      if (column > 0) {
        json.writeNumberProperty("column", column);
      }
      json.writeStringProperty("pointer", issue.pointer().toString());
      json.writeStringProperty("severity", issue.severity().name());
      json.writeStringProperty("code", issue.code().text());
      json.writeStringProperty("message", issue.message());
      json.writeEndObject();
    }

    /** An input that could not be read is an entry too, so that machines see it. */
    @Override
    public void unreadable(String file, String reason) {
      json.writeStartObject();
      file(file);
      json.writeStringProperty("severity", Severity.ERROR.name());
      json.writeStringProperty("code", UNREADABLE);
      json.writeStringProperty("message", reason);
      json.writeEndObject();
    }

    @Override
    public void close() {
      json.writeEndArray();
      json.writeRaw('\n');
      json.close();
      out.flush();
    }
  }
}
