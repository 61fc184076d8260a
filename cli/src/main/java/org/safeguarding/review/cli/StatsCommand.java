package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.safeguarding.review.AccommodationType;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.Theme;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.schema.DocumentValidator;
import org.safeguarding.review.stats.CorpusStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code srm stats}: counts across a corpus of documents. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Count across a corpus: documents by type, findings by kind, learning themes and agencies",
      "(the number of documents that mention each), housing placements by type, and recommendations.",
      "Documents are read leniently; invalid ones are counted as invalid and left out of the other counts."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  srm stats examples/documents", "  srm stats --ndjson --format json batch.ndjson"},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:counted", "2:a usage or input error"})
final class StatsCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<String> paths;

  @Option(names = "--ndjson", description = "Read batches with one document per line.")
  boolean ndjson;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json; default: ${DEFAULT-VALUE}.")
  ReportFormat format;

  @Mixin LimitOptions limitOptions;

  @ParentCommand Srm srm;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReadLimits limits = limitOptions.toLimits();
    DocumentValidator validator = DocumentValidator.lenient().withLimits(limits).withValidator(srm.validator);
    Inputs inputs = Inputs.expand(paths, ndjson, err);
    int inputErrors = inputs.errors();
    CorpusStatistics statistics = new CorpusStatistics();
    for (Inputs.Input input : inputs.inputs()) {
      try {
        if (ndjson) {
          DocumentInput.records(input, srm.stdin, limits, new DocumentInput.RecordHandler() {
            @Override
            public void record(long line, byte[] json) {
              count(validator.validate(json), statistics);
            }

            @Override
            public void tooLong(long line) {
              statistics.acceptInvalid();
            }
          });
        } else {
          count(validator.validate(DocumentInput.document(input, srm.stdin, limits)), statistics);
        }
      } catch (InputException | IOException | UncheckedIOException e) {
        err.println("srm: " + Failures.describe(e));
        inputErrors++;
      }
    }
    if (format == ReportFormat.json) {
      out.println(ReviewJson.strict().withPrettyPrinting().writeTree(json(statistics)));
    } else {
      text(statistics, out);
    }
    out.flush();
    err.flush();
    return inputErrors > 0 ? Srm.INPUT_ERROR : Srm.VALID;
  }

  private static void count(ReadResult<ReviewDocument> result, CorpusStatistics statistics) {
    if (result.isValid()) {
      statistics.accept(result.document().orElseThrow());
    } else {
      statistics.acceptInvalid();
    }
  }

  private static void text(CorpusStatistics statistics, PrintWriter out) {
    out.printf("Documents: %d valid, %d invalid%n", statistics.getDocuments(), statistics.getInvalidDocuments());
    statistics.getDocumentsByType().forEach((type, count) -> row(out, type.getJsonName(), count));
    out.printf("%nFindings by kind%n");
    statistics.getFindingsByKind().forEach((kind, count) -> row(out, kind.name() + " (" + kind.getLabel() + ")", count));
    out.printf("%nLearning themes (documents)%n");
    statistics.getThemes().forEach((theme, count) -> row(out, theme + " (" + theme.getLabel() + ")", count));
    out.printf("%nAgencies (documents)%n");
    statistics.getAgencies().forEach((agency, count) -> row(out, agency.name() + " (" + agency.getLabel() + ")", count));
    out.printf("%nHousing placements by type%n");
    statistics.getHousingPlacementsByType().forEach((type, count) -> row(out, type + placementLabel(type), count));
    out.printf("%nRecommendations: %d%n", statistics.getRecommendations());
  }

  private static void row(PrintWriter out, String name, long count) {
    out.printf("  %7d  %s%n", count, name);
  }

  private static String placementLabel(String type) {
    return type.equals(CorpusStatistics.TYPE_NOT_GIVEN) ? " (type not given)" : " (" + AccommodationType.valueOf(type).getLabel() + ")";
  }

  private static ObjectNode json(CorpusStatistics statistics) {
    ObjectNode root = JsonMapper.shared().createObjectNode();
    ObjectNode documents = root.putObject("documents");
    documents.put("valid", statistics.getDocuments());
    documents.put("invalid", statistics.getInvalidDocuments());
    ObjectNode byType = documents.putObject("byType");
    statistics.getDocumentsByType().forEach((type, count) -> byType.put(type.getJsonName(), count));
    ObjectNode findings = root.putObject("findingsByKind");
    statistics.getFindingsByKind().forEach((kind, count) -> findings.put(kind.name(), count));
    ArrayNode themes = root.putArray("themes");
    for (Map.Entry<Theme, Long> theme : statistics.getThemes().entrySet()) {
      themes.addObject()
          .put("code", theme.getKey().toString())
          .put("label", theme.getKey().getLabel())
          .put("local", theme.getKey().isLocal())
          .put("documents", theme.getValue());
    }
    ArrayNode agencies = root.putArray("agencies");
    statistics.getAgencies().forEach((agency, count) -> agencies.addObject().put("code", agency.name()).put("label", agency.getLabel()).put("documents", count));
    ObjectNode placements = root.putObject("housingPlacementsByType");
    statistics.getHousingPlacementsByType().forEach(placements::put);
    root.put("recommendations", statistics.getRecommendations());
    return root;
  }
}
