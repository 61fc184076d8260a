package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.render.RenderedDocument;
import org.safeguarding.review.render.print.PrintLayout;
import org.safeguarding.review.render.print.PrintRenderer;
import org.safeguarding.review.schema.DocumentValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code srm render}: a document as Markdown, HTML, PDF or Word, laid out for reading. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render a learning summary or rapid review as Markdown, an HTML page, an accessible PDF or a Word document.",
      // Each line is a paragraph, which picocli wraps to the width of the help.
      "PDF (PDF/UA) and Word are files to publish or send, on A4, written with -o FILE.",
      "A learning document is shown as published, section by section; a rapid review as its form, in PDF"
          + " and Word under the Panel's four headings; --layout seven-minute lays out a briefing's parts."
          + " Nothing is added that the document does not say, except three things srm marks as its own,"
          + " each of which can be left out: a provenance line, a case details block, and marks where text"
          + " is not available.",
      "The document must be valid; its text is escaped, so it always renders as plain text."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  srm render examples/documents/essex-learning-summary-child-hh-cc.json",
      "  srm render review.json --format html -o review.html",
      "  srm render review.json --format pdf -o review.pdf",
      "  srm render briefing.json --format docx --layout seven-minute -o briefing.docx",
      "  srm render review.json --no-case-details --no-provenance --no-omission-marks",
      "  cat review.json | srm render - --format html"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:rendered", "1:the document is invalid; its problems are on standard error", "2:a usage or input error"})
final class RenderCommand implements Callable<Integer> {

  /** What to render as. */
  enum Format {
    markdown,
    html,
    pdf,
    docx;

    /** {@return whether this format is a file laid out on pages, rather than text} */
    boolean printed() {
      return this == pdf || this == docx;
    }
  }

  /** The values of {@code --layout}, as the user writes them. */
  enum Layout {
    DOCUMENT("document", PrintLayout.DOCUMENT),
    SEVEN_MINUTE("seven-minute", PrintLayout.SEVEN_MINUTE_BRIEFING);

    final String written;
    final PrintLayout layout;

    Layout(String written, PrintLayout layout) {
      this.written = written;
      this.layout = layout;
    }

    @Override
    public String toString() {
      return written;
    }
  }

  /** Reads {@code --layout} by its written name. */
  static final class LayoutConverter implements ITypeConverter<Layout> {
    @Override
    public Layout convert(String value) {
      for (Layout layout : Layout.values()) {
        if (layout.written.equals(value)) {
          return layout;
        }
      }
      throw new TypeConversionException("expected document or seven-minute");
    }
  }

  /** The names {@code --layout} takes, for the help. */
  static final class LayoutNames extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    LayoutNames() {
      for (Layout layout : Layout.values()) {
        add(layout.written);
      }
    }
  }

  /**
   * openhtmltopdf's loggers, whose warnings would otherwise reach standard error; kept here, since
   * the logging system holds its loggers weakly.
   */
  private static final Logger PDF_LOG = Logger.getLogger("com.openhtmltopdf");

  @Parameters(paramLabel = "FILE", description = "The document, or - for standard input.")
  String file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "document", converter = LayoutConverter.class,
      completionCandidates = LayoutNames.class,
      description = {
        "How pdf and docx lay the document out on A4: ${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}.",
        "seven-minute puts each top-level part of a learning document (a 7-minute briefing's seven) in a box",
        "of its own, two to a row, on one or two pages."
      })
  Layout layout;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write to this file instead of standard output (- is standard output): a regular file is"
          + " replaced whole, never left half-written, and keeps its permissions; a read-only file, a file of"
          + " another user and the input itself are refused; a symbolic link is written through; a device or"
          + " FIFO is written directly.")
  Path output;

  @Option(names = "--no-provenance",
      description = "Leave out the provenance line: where the text comes from and how complete it is.")
  boolean noProvenance;

  @Option(names = "--no-case-details",
      description = "Leave out the case details block: the document's typed facts (people, sources, children,"
          + " families, incidents, moves, placements, agencies, figures, counts, themes) in srm's words.")
  boolean noCaseDetails;

  @Option(names = "--no-omission-marks",
      description = "Leave out the marks \"[text not available]\" and \"[the copy ends here]\" where text is missing.")
  boolean noOmissionMarks;

  @Mixin LimitOptions limitOptions;

  @ParentCommand Srm srm;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (format.printed() && output == null) {
      err.println("srm: --format " + format + " writes a file: give -o FILE (-o - to pipe it)");
      return Srm.INPUT_ERROR;
    }
    if (!format.printed() && layout != Layout.DOCUMENT) {
      err.println("srm: --layout is for --format pdf and docx");
      return Srm.INPUT_ERROR;
    }
    Inputs inputs = Inputs.expand(java.util.List.of(file), false, err);
    if (inputs.errors() > 0 || inputs.inputs().size() != 1) {
      if (inputs.inputs().size() > 1) {
        err.println("srm: " + file + ": render takes one file, not a folder");
      }
      return Srm.INPUT_ERROR;
    }
    Inputs.Input input = inputs.inputs().get(0);
    OutputFile.refuseInputs(output, inputs.inputs());
    ReadLimits limits = limitOptions.toLimits();
    ReadResult<ReviewDocument> result =
        DocumentValidator.strict().withLimits(limits).withValidator(srm.validator).validate(JsonInput.of(DocumentInput.document(input, srm.stdin, limits)));
    if (!result.isValid()) {
      try (IssueWriter writer = IssueWriter.of(ReportFormat.text, err)) {
        writer.result(input.name(), 0, result.report());
      }
      return Srm.INVALID;
    }
    ReviewDocument document = result.document().orElseThrow();
    MarkdownRenderer renderer =
        MarkdownRenderer.standard().withProvenance(!noProvenance).withCaseDetails(!noCaseDetails).withOmissionMarks(!noOmissionMarks);
    if (format.printed()) {
      if (!layout.layout.accepts(document)) {
        err.println("srm: " + input.name() + ": the seven-minute layout is for learning documents, not rapid reviews");
        return Srm.INPUT_ERROR;
      }
      PDF_LOG.setLevel(Level.OFF);
      PrintRenderer printer = new PrintRenderer(renderer, layout.layout);
      byte[] file = format == Format.pdf ? printer.pdf(document) : printer.docx(document);
      if (OutputFile.isStandardOutput(output)) {
        srm.writeBytes(file, spec.commandLine().getOut());
      } else {
        OutputFile.write(output, file);
      }
      return Srm.VALID;
    }
    String text = text(renderer, document, format == Format.html);
    if (OutputFile.isStandardOutput(output)) {
      // Standard output may be a terminal: nothing in the document may act on it. A file keeps
      // the text as it is.
      spec.commandLine().getOut().print(TerminalText.escapeLines(text));
      spec.commandLine().getOut().flush();
    } else {
      OutputFile.write(output, text.getBytes(StandardCharsets.UTF_8));
    }
    return Srm.VALID;
  }

  /** A document as Markdown, or as an HTML page. */
  static String text(MarkdownRenderer renderer, ReviewDocument document, boolean html) {
    RenderedDocument rendered = renderer.renderParts(document);
    return html ? HtmlPage.of(rendered) : rendered.markdown();
  }
}
