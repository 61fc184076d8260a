package org.safeguarding.review.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.validation.ModelValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code srm}, the command line tool: validate, render, list schemas and count themes across
 * safeguarding review documents.
 *
 * <p>Exit status: 0 when every document is valid (warnings allowed), 1 when a document is
 * invalid, 2 for a usage or input error or output that cannot be written, 141 when the reader of
 * standard output has gone. A user's mistake is one clear line on standard error, never a stack
 * trace, unless {@code --debug} asks for one.
 */
@Command(
    name = "srm",
    mixinStandardHelpOptions = true,
    versionProvider = Srm.Version.class,
    description = "Validate, render and count safeguarding case review documents (rapid reviews and learning summaries).",
    subcommands = {
      ValidateCommand.class,
      RenderCommand.class,
      SchemaCommand.class,
      StatsCommand.class,
      DeadlinesCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  srm validate examples/documents",
      "  srm validate --ndjson --format json batch.ndjson > report.json",
      "  srm render examples/documents/exampleshire-rapid-review.json -o review.md",
      "  srm schema RapidReview",
      "  srm stats --format json corpus/",
      "  srm deadlines --aware 2026-04-02 --notified 2026-04-02"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every document is valid (warnings allowed)",
      "1:a document is invalid",
      "2:a usage or input error, such as a missing file, or output that cannot be written",
      "141:the reader of standard output has gone, as for tools ended by SIGPIPE"
    })
public final class Srm implements Runnable {

  /** Hibernate Validator announces its version at INFO; srm's output is its report alone. */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  /** Exit status when every document is valid. */
  static final int VALID = 0;

  /** Exit status when a document is invalid. */
  static final int INVALID = 1;

  /** Exit status for a usage or input error, or output that cannot be written. */
  static final int INPUT_ERROR = 2;

  /** Exit status when the reader of a pipe has gone: what a shell reports for a tool SIGPIPE ended (128 + 13). */
  static final int OUTPUT_CLOSED = 141;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print a stack trace when srm fails.")
  boolean debug;

  @Spec CommandSpec spec;

  final InputStream stdin;

  /** Standard output as bytes, for files such as a PDF, or null to write them to {@link #spec}'s writer. */
  private OutputStream stdoutBytes;

  /** The validator every command checks documents with. */
  final ModelValidator validator;

  Srm(InputStream stdin, ModelValidator validator) {
    this.stdin = stdin;
    this.validator = validator;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing a command: " + commands(spec.commandLine(), " or "));
  }

  /**
   * What is wrong with the command line, in srm's words: a word where a command belongs is an
   * unknown command, which picocli would call an unmatched argument.
   */
  private static String problem(CommandLine.ParameterException e, CommandLine srm) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && e.getCommandLine() == srm
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")) {
      return "Unknown command '" + unmatched.getUnmatched().get(0) + "'. Commands: " + commands(srm, ", ");
    }
    return e.getMessage();
  }

  /** The commands that do something (not help), in the order of the help, {@code joiner} before the last. */
  private static String commands(CommandLine srm, String joiner) {
    java.util.List<String> names = srm.getSubcommands().keySet().stream().filter(name -> !name.equals("help")).toList();
    return String.join(", ", names.subList(0, names.size() - 1)) + joiner + names.get(names.size() - 1);
  }

  /**
   * Runs srm with the process's standard streams and exits with its status.
   *
   * @param args the command line, such as {@code validate review.json}
   */
  public static void main(String[] args) {
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintWriter out = StrictOutput.printWriter("standard output", stdout);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = run(args, StandardInput.of(System.in), out, StrictOutput.stream("standard output", stdout), err, Standard.validator());
    err.flush();
    System.exit(status);
  }

  /** Runs srm with the standard validator; see {@link #run(String[], InputStream, PrintWriter, PrintWriter, ModelValidator)}. */
  static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
    return run(args, stdin, out, err, Standard.validator());
  }

  /**
   * Runs srm, checking documents with {@code validator}, and returns its exit status. Everything
   * written to {@code out} is flushed before it returns; when {@code out} reports a write error
   * (see {@link StrictOutput}), the command ends.
   */
  static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, ModelValidator validator) {
    return run(args, stdin, out, null, err, validator);
  }

  private static int run(
      String[] args, InputStream stdin, PrintWriter out, OutputStream stdoutBytes, PrintWriter err, ModelValidator validator) {
    HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
    Srm srm = new Srm(stdin, validator);
    srm.stdoutBytes = stdoutBytes;
    CommandLine commandLine = new CommandLine(srm);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(e -> INPUT_ERROR);
    commandLine.registerConverter(LocalDate.class, Srm::date);
    commandLine.setParameterExceptionHandler(
        (e, arguments) -> {
          err.println(
              "srm: " + problem(e, commandLine) + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
          return INPUT_ERROR;
        });
    commandLine.setExecutionExceptionHandler(
        (e, failed, parseResult) -> {
          if (e instanceof OutputException output) {
            return outputFailed(output, err);
          }
          err.println("srm: " + Failures.describe(e));
          if (srm.debug) {
            err.println(failed.getColorScheme().stackTraceText(e));
          } else if (!(e instanceof InputException || e instanceof java.io.IOException || e instanceof UncheckedIOException)) {
            err.println("Run with --debug to see the details.");
          }
          return INPUT_ERROR;
        });
    // Help and version are printed outside the commands, where picocli would show a stack trace.
    commandLine.setExecutionStrategy(
        parseResult -> {
          try {
            return new CommandLine.RunLast().execute(parseResult);
          } catch (OutputException e) {
            return outputFailed(e, err);
          }
        });
    int status = commandLine.execute(args);
    try {
      out.flush();
    } catch (OutputException e) {
      return outputFailed(e, err);
    }
    return status;
  }

  /**
   * A pipe whose reader has gone ends srm quietly, as SIGPIPE ends other tools; any other write
   * error is one line on standard error. Either way nothing is reported as valid.
   */
  private static int outputFailed(OutputException e, PrintWriter err) {
    if (e.readerGone()) {
      return OUTPUT_CLOSED;
    }
    err.println("srm: " + e.getMessage());
    return INPUT_ERROR;
  }

  /**
   * Writes a file's bytes, such as a PDF, to standard output, after the text written so far; in a
   * run without the process's standard output, to its writer as ISO 8859-1, one character a byte.
   */
  void writeBytes(byte[] bytes, PrintWriter out) {
    out.flush();
    if (stdoutBytes == null) {
      out.print(new String(bytes, StandardCharsets.ISO_8859_1));
      out.flush();
      return;
    }
    try {
      stdoutBytes.write(bytes);
      stdoutBytes.flush();
    } catch (IOException e) {
      throw new OutputException("standard output", e);
    }
  }

  /** The first year a date option may have. */
  private static final int FIRST_YEAR = 1;

  /** The last year a date option may have: four digits, so that every deadline after it exists. */
  private static final int LAST_YEAR = 9999;

  /** A date option, read strictly as YYYY-MM-DD, in the years 0001 to 9999. */
  private static LocalDate date(String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("must be a date as YYYY-MM-DD that exists");
    }
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw new CommandLine.TypeConversionException("is out of range: a date must be from 0001-01-01 to 9999-12-31");
    }
    return date;
  }

  /** The version of srm and of the schemas it validates against. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = Srm.class.getResourceAsStream("version.properties")) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
        "srm " + properties.getProperty("version"),
        "schema version " + SchemaVersion.CURRENT
      };
    }
  }
}
