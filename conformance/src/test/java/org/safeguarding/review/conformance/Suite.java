package org.safeguarding.review.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.cli.SrmInThisJvm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The conformance suite as srm gives it: each input of every {@link InputFolder} checked strictly
 * and, where that reports otherwise, leniently, and a few inputs with other options; each case's
 * report is what {@code srm validate --format json -} prints for the input on standard input,
 * without the {@code file} member. Its {@linkplain #files() files} are the manifest and the
 * expected reports, as committed in {@code src/suite}.
 */
final class Suite {

  /** The manifest's version, replaced by the project's version when the zip is made. */
  static final String VERSION = "${project.version}";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Inputs checked with options besides strict and lenient, and what each case shows. */
  private static final List<Variant> VARIANTS =
      List.of(
          new Variant(
              "schema-v1/warnings-rapid-review-with-gaps",
              new CaseOptions(false, true, new TreeMap<>()),
              "With failOnWarning: the same report (srm validate --fail-on-warning exits with status 1)."),
          new Variant("examples/exampleshire-rapid-review", CaseOptions.limit("document-bytes", 1000), "Over a document-bytes limit of 1000."),
          new Variant("examples/exampleshire-rapid-review", CaseOptions.limit("nesting-depth", 3), "Over a nesting-depth limit of 3."),
          new Variant("examples/exampleshire-rapid-review", CaseOptions.limit("string-length", 40), "Over a string-length limit of 40."),
          new Variant("examples/exampleshire-rapid-review", CaseOptions.limit("array-length", 2), "Over an array-length limit of 2."),
          new Variant("examples/exampleshire-rapid-review", CaseOptions.limit("token-count", 100), "Over a token-count limit of 100."),
          new Variant("schema-v1/valid-age-of-every-form", CaseOptions.limit("number-length", 1), "Over a number-length limit of 1."),
          new Variant("examples/exampleshire-rapid-review", CaseOptions.limit("property-name-length", 8), "Over a property-name-length limit of 8."),
          new Variant("schema-v1/warnings-rapid-review-with-gaps", CaseOptions.limit("report-issues", 2), "Over a report-issues limit of 2: two issues, then one saying how many more there were."),
          new Variant("cli/batch", CaseOptions.limit("document-bytes", 300), "An NDJSON batch whose lines are over a document-bytes limit of 300."));

  /** An input checked with other options. */
  private record Variant(String inputId, CaseOptions options, String description) {}

  private final List<SuiteCase> cases;

  private Suite(List<SuiteCase> cases) {
    this.cases = List.copyOf(cases);
  }

  /** The suite of the fixtures in the repository at {@code root}, checked by srm. */
  static Suite of(Path root) {
    List<SuiteCase> cases = new ArrayList<>();
    List<SuiteInput> inputs = new ArrayList<>();
    for (InputFolder folder : InputFolder.ALL) {
      inputs.addAll(folder.inputs(root));
    }
    for (SuiteInput input : inputs) {
      SuiteCase strict = check(input, CaseOptions.STRICT, input.description());
      cases.add(strict);
      SuiteCase lenient = check(input, CaseOptions.LENIENT, input.description() + " Read leniently: unknown properties are warnings.");
      if (!lenient.report().equals(strict.report())) {
        cases.add(lenient);
      }
    }
    for (Variant variant : VARIANTS) {
      SuiteInput input =
          inputs.stream()
              .filter(i -> i.id().equals(variant.inputId()))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("No input " + variant.inputId()));
      cases.add(check(input, variant.options(), input.description() + " " + variant.description()));
    }
    return new Suite(cases);
  }

  /** The cases, in the manifest's order. */
  List<SuiteCase> cases() {
    return cases;
  }

  private static SuiteCase check(SuiteInput input, CaseOptions options, String description) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(input.file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SrmInThisJvm.Run run = SrmInThisJvm.run(bytes, options.arguments(input.ndjson()));
    if (run.status() > 1 || !run.err().isEmpty()) {
      throw new IllegalStateException(input.id() + ": srm validate gave status " + run.status() + ": " + run.err());
    }
    List<JsonNode> report = new ArrayList<>();
    for (JsonNode issue : MAPPER.readTree(run.out())) {
      ObjectNode withoutFile = ((ObjectNode) issue).deepCopy();
      withoutFile.remove("file");
      report.add(withoutFile);
    }
    return new SuiteCase(input.id() + options.idSuffix(), input, options, description, report, run.status() == 0);
  }

  /** The manifest and the expected reports, by their paths in the zip, as committed in {@code src/suite}. */
  SortedMap<String, String> files() {
    SortedMap<String, String> files = new TreeMap<>();
    files.put("manifest.json", manifest());
    for (SuiteCase c : cases) {
      files.put(c.expectedPath(), report(c.report()));
    }
    return files;
  }

  /** A report with one issue a line, for readable differences. */
  private static String report(List<JsonNode> issues) {
    if (issues.isEmpty()) {
      return "[]\n";
    }
    return issues.stream().map(issue -> "  " + MAPPER.writeValueAsString(issue)).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
  }

  private String manifest() {
    ObjectNode manifest = MAPPER.createObjectNode();
    manifest.put("suite", "srm-conformance");
    manifest.put("version", VERSION);
    manifest.putArray("schemaVersions").add(SchemaVersion.CURRENT.toString());
    manifest.put("documentation", "https://github.com/safeguarding-review/safeguarding-review-model/blob/main/docs/conformance.md");
    manifest.put("reference", "srm validate --format json - (with --ndjson for an NDJSON batch): its output, without each issue's file");
    manifest.put("endpoint", "POST /v1/validate, the input as the body with the case's contentType; options as query parameters:"
        + " lenient=true, failOnWarning=true, limit=NAME=VALUE for each limit");
    ObjectNode conformance = manifest.putObject("conformance");
    conformance.put("required", "The status 200; the verdict (valid when no issue has severity ERROR, nor WARNING with failOnWarning);"
        + " and the issues as a multiset of"
        + " (severity, code, pointer), with the line of the record for an NDJSON batch.");
    conformance.put("informative", "The order of the issues (srm lists them in document order), each message, and the line and column"
        + " of an issue within a document: another implementation may word, order and place them otherwise.");
    ArrayNode list = manifest.putArray("cases");
    for (SuiteCase c : cases) {
      ObjectNode entry = list.addObject();
      entry.put("id", c.id());
      entry.put("description", c.description());
      entry.put("input", c.input().path());
      entry.put("contentType", c.input().contentType());
      ObjectNode options = entry.putObject("options");
      options.put("lenient", c.options().lenient());
      options.put("failOnWarning", c.options().failOnWarning());
      ObjectNode limits = options.putObject("limits");
      c.options().limits().forEach(limits::put);
      entry.put("expected", c.expectedPath());
      entry.put("valid", c.valid());
      entry.put("errors", c.count("ERROR"));
      entry.put("warnings", c.count("WARNING"));
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n";
  }
}
