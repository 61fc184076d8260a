package org.safeguarding.review.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.schema.DocumentValidator;
import org.safeguarding.review.stats.CorpusStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code srm stats}: counts across many documents, read as {@code validate} reads them (the same
 * options, and NDJSON records on the same threads) and counted by {@link CorpusStatistics}.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      // The first line is the command's summary in srm --help; each line is a paragraph, which
      // picocli wraps to the width of the help.
      "Count what many documents say, most frequent first.",
      "It counts documents by type and format, reviews by type, learning themes and the pairs that occur"
          + " together, findings, recommendations, actions and questions, agencies by kind and by name,"
          + " incidents by harm and outcome, children by age band, family members by role and care-leaver"
          + " status, and housing placements. Statistics with nothing to count are left out.",
      "Documents are read leniently; invalid ones are counted as invalid and left out of the other counts.",
      "Folders are searched recursively for .json files (.ndjson and .jsonl files with --ndjson)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  srm stats examples/documents",
      "  srm stats --format html -o statistics.html examples/documents",
      "  srm stats --ndjson --format csv batch.ndjson > statistics.csv"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:counted (invalid documents included)", "2:a usage or input error, or output that cannot be written"})
final class StatsCommand implements Callable<Integer> {

  @Mixin DocumentOptions documents;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text for people, json for machines, csv (one table), html (a page with charts); default: ${DEFAULT-VALUE}.")
  StatsFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write to this file instead of standard output (- is standard output), whole or not at all,"
          + " as render -o does.")
  Path output;

  @ParentCommand Srm srm;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DocumentValidator validator = DocumentValidator.lenient().withLimits(documents.limits()).withValidator(srm.validator);
    CorpusStatistics statistics = new CorpusStatistics();
    DocumentOptions.Reading reading = documents.start(srm.stdin, err);
    OutputFile.refuseInputs(output, reading.inputs());
    int inputErrors = reading.checkEach(counting(validator), (file, line, one) -> statistics.combine(one));
    String text = format.write(statistics);
    if (OutputFile.isStandardOutput(output)) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      OutputFile.write(output, text.getBytes(StandardCharsets.UTF_8));
    }
    err.flush();
    return inputErrors > 0 ? Srm.INPUT_ERROR : Srm.VALID;
  }

  /** Counts each document or record on its own, to be combined in line order. */
  static RecordValidation.RecordCheck<CorpusStatistics> counting(DocumentValidator validator) {
    return new RecordValidation.RecordCheck<>() {
      @Override
      public CorpusStatistics check(byte[] json) {
        return count(validator.validate(JsonInput.of(json)));
      }

      @Override
      public CorpusStatistics unread(ValidationReport report) {
        CorpusStatistics unread = new CorpusStatistics();
        unread.acceptInvalid();
        return unread;
      }
    };
  }

  /** The counts of one document, on the thread that checked it. */
  private static CorpusStatistics count(ReadResult<ReviewDocument> result) {
    CorpusStatistics one = new CorpusStatistics();
    if (result.isValid()) {
      one.accept(result.document().orElseThrow());
    } else {
      one.acceptInvalid();
    }
    return one;
  }
}
