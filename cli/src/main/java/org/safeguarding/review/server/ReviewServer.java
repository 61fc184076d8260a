package org.safeguarding.review.server;

import java.net.URI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code srm serve}'s HTTP server, on Jetty: requests are handled on virtual threads where the
 * Java runtime has them (21 and later) and on a pool of threads on Java 17. A stop, such as the
 * one SIGTERM starts, takes no new requests and finishes those in flight, for at most the
 * settings' grace time.
 */
public final class ReviewServer implements AutoCloseable {

  private final Server server;
  private final ServerConnector connector;

  private ReviewServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Starts a server that answers with {@code verdicts}.
   *
   * @param settings where to listen and what to allow
   * @param verdicts what to answer with
   * @return the started server
   * @throws Exception when the server cannot start, such as when its port is taken
   */
  public static ReviewServer start(ServerSettings settings, Verdicts verdicts) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("srm-serve");
    threads.setVirtualThreadsExecutor(VirtualThreads.getDefaultVirtualThreadsExecutor());
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(settings.bind());
    connector.setPort(settings.port());
    // A client that sends nothing for as long as a request may take is cut off.
    connector.setIdleTimeout(settings.requestTimeout().toMillis());
    server.addConnector(connector);
    GracefulHandler graceful = new GracefulHandler(new Routes(verdicts, settings));
    // While stopping, a request in flight may wait for its client as long as any request may take.
    graceful.setShutdownIdleTimeout(settings.requestTimeout().toMillis());
    server.setHandler(graceful);
    server.setErrorHandler(new ProblemErrors());
    server.setStopTimeout(settings.shutdownGrace().toMillis());
    server.setStopAtShutdown(true);
    server.start();
    return new ReviewServer(server, connector);
  }

  /** {@return the address the server answers at, with the port it listens on} */
  public URI uri() {
    String host = connector.getHost();
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + connector.getLocalPort());
  }

  /**
   * Waits until the server has stopped.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops the server, finishing the requests in flight.
   *
   * @throws IllegalStateException when the server fails to stop
   */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping", e);
    } catch (Exception e) {
      throw new IllegalStateException("the server did not stop cleanly", e);
    }
  }
}
