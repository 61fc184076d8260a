package org.safeguarding.review.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.safeguarding.review.testing.OwnThread;

/**
 * {@code srm serve} run from the built {@code srm.jar} as a process of its own, as an integrator
 * runs it, on a free port of the loopback address; stopped with SIGTERM, as a container stops it.
 */
final class ServedSrm {

  private static final String LISTENING = "srm serve: listening on ";

  private final Process process;
  private final String url;

  private ServedSrm(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /** Starts the service from {@code jar} and waits until it says where it listens. */
  static ServedSrm start(Path jar) throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is not built: build the cli module first (mvn -pl cli package)");
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(java.toString(), "-jar", jar.toString(), "serve", "--port", "0").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    // One thread reads where the service listens, then drains the rest of its log.
    CompletableFuture<String> address = new CompletableFuture<>();
    OwnThread.run("srm serve's standard error", () -> readLog(err, address));
    try {
      return new ServedSrm(process, address.get(60, TimeUnit.SECONDS));
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("srm serve did not say where it listens", e);
    }
  }

  private static void readLog(BufferedReader err, CompletableFuture<String> address) {
    try {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        if (line.startsWith(LISTENING)) {
          address.complete(line.substring(LISTENING.length()).strip());
        }
      }
      address.completeExceptionally(new IllegalStateException("srm serve ended before it listened"));
    } catch (IOException e) {
      address.completeExceptionally(new UncheckedIOException(e));
    }
  }

  /** The service's base URL, such as {@code http://127.0.0.1:41234}. */
  String url() {
    return url;
  }

  /** Stops the service as SIGTERM does, and waits for it to end. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
