package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.schema.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code srm schema}: prints a published JSON Schema, or lists them. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Print a published JSON Schema (draft 2020-12), or list them with --list.",
    footerHeading = "%nExamples:%n",
    footer = {"  srm schema --list", "  srm schema RapidReview > rapid-review.schema.json", "  srm schema definitions"})
final class SchemaCommand implements Callable<Integer> {

  private static final String DEFINITIONS = "definitions";

  @Parameters(arity = "0..1", paramLabel = "TYPE",
      description = "RapidReview, LearningSummary, or definitions for the shared definitions.")
  String type;

  @Option(names = "--list", description = "List the schemas: type, schema version and $id.")
  boolean list;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      for (DocumentType documentType : DocumentType.values()) {
        out.printf("%-16s %s  %s%n", documentType.getJsonName(), SchemaVersion.CURRENT, Schemas.id(documentType));
      }
      out.printf("%-16s %s  %s%n", DEFINITIONS, SchemaVersion.CURRENT, Schemas.id(Schemas.DEFINITIONS_FILE));
      out.flush();
      return Srm.VALID;
    }
    if (type == null) {
      throw new InputException("name a schema (RapidReview, LearningSummary or definitions), or use --list");
    }
    byte[] schema = schema(type).orElseThrow(() -> new InputException("unknown schema; choose RapidReview, LearningSummary or definitions"));
    out.print(new String(schema, StandardCharsets.UTF_8));
    out.flush();
    return Srm.VALID;
  }

  /** The published schema named {@code name} (a document type's JSON name, or definitions), as its bytes. */
  static Optional<byte[]> schema(String name) {
    Optional<String> file =
        name.equals(DEFINITIONS) ? Optional.of(Schemas.DEFINITIONS_FILE) : DocumentType.fromJsonName(name).map(Schemas::fileName);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(Schemas.resource(file.get()))) {
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
