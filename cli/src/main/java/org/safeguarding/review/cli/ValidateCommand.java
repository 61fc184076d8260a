package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.schema.DocumentValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code srm validate}: checks documents against the schemas, the model and its domain rules. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate documents: JSON Schema, Bean Validation and domain rules, every problem at once.",
      "Folders are searched recursively for .json files (.ndjson and .jsonl files with --ndjson)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  srm validate examples/documents",
      "  srm validate --format json review.json > report.json",
      "  cat review.json | srm validate -",
      "  srm validate --ndjson --fail-on-warning batch.ndjson",
      "  srm validate --ndjson --threads 2 --limit document-bytes=1000000 batch.ndjson"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every document is valid (warnings allowed unless --fail-on-warning)",
      "1:a document is invalid",
      "2:a usage or input error"
    })
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<String> paths;

  @Option(names = "--ndjson", description = "Read batches with one document per line.")
  boolean ndjson;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text for people, json for machines (${COMPLETION-CANDIDATES}); default: ${DEFAULT-VALUE}.")
  ReportFormat format;

  @Option(names = "--lenient", description = "Report unknown properties as warnings instead of errors.")
  boolean lenient;

  @Option(names = "--fail-on-warning", description = "Exit with status 1 when there are warnings.")
  boolean failOnWarning;

  @Option(names = "--threads", paramLabel = "N",
      description = "Check NDJSON records on N threads, keeping their order; default: one per processor.")
  Integer threads;

  @Mixin LimitOptions limitOptions;

  @ParentCommand Srm srm;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReadLimits limits = limitOptions.toLimits();
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      throw new InputException("--threads must be at least 1");
    }
    Inputs inputs = Inputs.expand(paths, ndjson, err);
    DocumentValidator validator =
        (lenient ? DocumentValidator.lenient() : DocumentValidator.strict()).withLimits(limits).withValidator(srm.validator);
    int inputErrors = inputs.errors();
    try (IssueWriter writer = IssueWriter.of(format, out);
        RecordValidation records = new RecordValidation(bytes -> validator.validate(bytes).report(), limits, ndjson ? workers : 1)) {
      for (Inputs.Input input : inputs.inputs()) {
        try {
          if (ndjson) {
            records.batch(input, srm.stdin, writer::write);
          } else {
            writer.write(input.name(), 0, validator.validate(DocumentInput.document(input, srm.stdin, limits)).report());
          }
        } catch (InputException | IOException | UncheckedIOException e) {
          err.println("srm: " + Failures.describe(e));
          inputErrors++;
        }
      }
      err.flush();
      if (inputErrors > 0) {
        return Srm.INPUT_ERROR;
      }
      boolean failed = writer.invalid() > 0 || (failOnWarning && writer.warnings() > 0);
      return failed ? Srm.INVALID : Srm.VALID;
    }
  }
}
