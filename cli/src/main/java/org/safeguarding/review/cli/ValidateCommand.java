package org.safeguarding.review.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.schema.DocumentValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Mixin DocumentOptions documents;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text for people, json for machines (${COMPLETION-CANDIDATES}); default: ${DEFAULT-VALUE}.")
  ReportFormat format;

  @Option(names = "--lenient", description = "Report unknown properties as warnings instead of errors.")
  boolean lenient;

  @Option(names = "--fail-on-warning", description = "Exit with status 1 when there are warnings.")
  boolean failOnWarning;

  @ParentCommand Srm srm;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentValidator validator =
        (lenient ? DocumentValidator.lenient() : DocumentValidator.strict()).withLimits(documents.limits()).withValidator(srm.validator);
    DocumentOptions.Reading reading = documents.start(srm.stdin, err);
    try (IssueWriter writer = IssueWriter.of(format, out)) {
      int inputErrors = reading.checkEach(reporting(validator), writer);
      err.flush();
      if (inputErrors > 0) {
        return Srm.INPUT_ERROR;
      }
      boolean failed = writer.invalid() > 0 || (failOnWarning && writer.warnings() > 0);
      return failed ? Srm.INVALID : Srm.VALID;
    }
  }

  /** Reports each document or record on its own, to be written in line order. */
  static RecordValidation.RecordCheck<ValidationReport> reporting(DocumentValidator validator) {
    return new RecordValidation.RecordCheck<>() {
      @Override
      public ValidationReport check(byte[] json) {
        return validator.validate(JsonInput.of(json)).report();
      }

      @Override
      public ValidationReport unread(ValidationReport report) {
        return report;
      }
    };
  }
}
