package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.io.FileOutput;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.render.RenderedDocument;
import org.safeguarding.review.schema.DocumentValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code srm render}: a document as Markdown or HTML, laid out for reading. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render a learning summary or rapid review for reading, as Markdown or as a standalone HTML page.",
      // Each line is a paragraph, which picocli wraps to the width of the help.
      "A learning document is shown as published, section by section; a rapid review as its form."
          + " Nothing is added that the document does not say, except three things srm marks as its own,"
          + " each of which can be left out: a provenance line, a case details block, and marks where text"
          + " is not available.",
      "The document must be valid; its text is escaped, so it always renders as plain text."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  srm render examples/documents/essex-learning-summary-child-hh-cc.json",
      "  srm render review.json --format html -o review.html",
      "  srm render review.json --no-case-details --no-provenance --no-omission-marks",
      "  cat review.json | srm render - --format html"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:rendered", "1:the document is invalid; its problems are on standard error", "2:a usage or input error"})
final class RenderCommand implements Callable<Integer> {

  /** What to render as. */
  enum Format {
    markdown,
    html
  }

  @Parameters(paramLabel = "FILE", description = "The document, or - for standard input.")
  String file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write to this file instead of standard output: a regular file is replaced whole, never left"
          + " half-written, and keeps its permissions; a symbolic link is written through; a device or FIFO is"
          + " written directly.")
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
    Inputs inputs = Inputs.expand(java.util.List.of(file), false, err);
    if (inputs.errors() > 0 || inputs.inputs().size() != 1) {
      if (inputs.inputs().size() > 1) {
        err.println("srm: " + file + ": render takes one file, not a folder");
      }
      return Srm.INPUT_ERROR;
    }
    Inputs.Input input = inputs.inputs().get(0);
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
    RenderedDocument rendered =
        MarkdownRenderer.standard()
            .withProvenance(!noProvenance)
            .withCaseDetails(!noCaseDetails)
            .withOmissionMarks(!noOmissionMarks)
            .renderParts(document);
    String text = format == Format.html ? HtmlPage.of(rendered) : rendered.markdown();
    if (output != null) {
      write(output, text);
    } else {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    }
    return Srm.VALID;
  }

  private static void write(Path output, String text) {
    try {
      FileOutput.write(output, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OutputException(output.toString(), e);
    }
  }
}
