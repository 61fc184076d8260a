package org.safeguarding.review.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.safeguarding.review.testing.OwnThread;

/**
 * {@code srm serve} run from the packaged jar, {@code target/srm.jar}, as a process of its own on
 * any free port, as an integrator runs it; what it logs is kept for the tests to read.
 */
final class ServiceProcess implements AutoCloseable {

  private static final Path JAR = Path.of("target/srm.jar");
  private static final String LISTENING = "srm serve: listening on ";

  private final Process process;
  private final URI uri;
  private final StringBuffer log = new StringBuffer();
  private final CompletableFuture<Void> logRead;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ServiceProcess(Process process, URI uri, BufferedReader err) {
    this.process = process;
    this.uri = uri;
    this.logRead = OwnThread.run("reading the log of srm serve", () -> {
      try {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          log.append(line).append('\n');
        }
      } catch (IOException e) {
        log.append("(log unreadable)\n");
      }
    });
  }

  /** Starts the service with these options beside {@code --port 0}, and waits until it listens. */
  static ServiceProcess start(String... options) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "serve", "--port", "0"));
    command.addAll(List.of(options));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    String first = err.readLine();
    if (first == null || !first.startsWith(LISTENING)) {
      process.destroyForcibly();
      throw new IllegalStateException("srm serve did not start: " + first);
    }
    return new ServiceProcess(process, URI.create(first.substring(LISTENING.length())), err);
  }

  URI uri(String pathAndQuery) {
    return uri.resolve(pathAndQuery);
  }

  HttpClient client() {
    return client;
  }

  HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  Process process() {
    return process;
  }

  /** Sends SIGTERM and waits for the process to end; {@return its exit status} */
  int terminate() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("srm serve did not stop within 60 seconds of SIGTERM");
    }
    try {
      logRead.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      throw new IllegalStateException("the log of srm serve was not closed within 60 seconds of its end", e);
    }
    return process.exitValue();
  }

  /** What the service has logged, on standard error, so far (all of it after {@link #terminate()}). */
  String log() {
    return log.toString();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        terminate();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }
}
