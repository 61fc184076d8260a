package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.safeguarding.review.server.ReviewServer;
import org.safeguarding.review.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code srm serve}: the verdicts of {@code validate}, {@code render}, {@code stats} and {@code schema} over HTTP. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve validation, rendering, statistics and the schemas over HTTP until stopped.",
      "POST /v1/validate answers with the report srm validate --format json gives, POST /v1/render and"
          + " /v1/stats with what render and stats give; GET /v1/openapi.json describes every path.",
      "SIGTERM (or Ctrl-C) stops the service after the requests in flight. Nothing of a document is logged."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  srm serve",
      "  srm serve --bind 0.0.0.0 --port 8080",
      "  srm serve --port 0 --max-requests 64 --limit document-bytes=1000000"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:stopped", "2:a usage error, or the port cannot be listened on"})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port to listen on, 0 for any free one; default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (0.0.0.0 for every one, as in a container); default: ${DEFAULT-VALUE}.")
  String bind;

  @Option(names = "--max-requests", paramLabel = "N", defaultValue = "256",
      description = "Requests checked at once; more are answered 429 with Retry-After; default: ${DEFAULT-VALUE}.")
  int maxRequests;

  @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "The time a request may take; a slower one is answered 503; default: ${DEFAULT-VALUE}.")
  int requestTimeout;

  @Option(names = "--max-batch-bytes", paramLabel = "N", defaultValue = "268435456",
      description = "The most bytes of an NDJSON batch; a larger one is answered 413; default: ${DEFAULT-VALUE}.")
  long maxBatchBytes;

  @Mixin LimitOptions ceiling;

  @ParentCommand Srm srm;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535 || maxRequests < 1 || requestTimeout < 1 || maxBatchBytes < 1) {
      throw new InputException("--port must be from 0 to 65535, and --max-requests, --request-timeout and --max-batch-bytes at least 1");
    }
    ServerSettings settings = new ServerSettings(
        bind, port, maxRequests, Duration.ofSeconds(requestTimeout), ceiling.toLimits(), maxBatchBytes, Duration.ofSeconds(requestTimeout));
    ReviewServer server;
    try {
      server = ReviewServer.start(settings, new ServiceVerdicts(srm.validator));
    } catch (IOException e) {
      throw new InputException("cannot listen on " + bind + ":" + port + " (" + e.getClass().getSimpleName() + ")");
    }
    err.println("srm serve: listening on " + server.uri());
    err.flush();
    server.join();
    return Srm.VALID;
  }
}
