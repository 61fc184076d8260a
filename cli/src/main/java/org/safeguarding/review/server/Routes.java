package org.safeguarding.review.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.safeguarding.review.json.ReadLimit;
import org.safeguarding.review.json.ReadLimits;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service's paths: each answers with what it says, or with a problem detail. The requests
 * that check documents take one of a fixed number of slots, and are refused when none is free.
 */
final class Routes extends Handler.Abstract {

  static final String JSON = "application/json";
  static final String NDJSON = "application/x-ndjson";
  /** The header that says whether every document in the request is valid. */
  static final String VALID_HEADER = "SRM-Valid";

  private static final String SCHEMAS = "/v1/schemas/";

  private final Verdicts verdicts;
  private final ServerSettings settings;
  private final Semaphore slots;
  private final byte[] openapi;
  private final byte[] health;

  Routes(Verdicts verdicts, ServerSettings settings) {
    this.verdicts = verdicts;
    this.settings = settings;
    this.slots = new Semaphore(settings.maxRequests());
    this.openapi = OpenApi.bytes();
    ObjectNode up = JsonMapper.shared().createObjectNode().put("status", "UP");
    this.health = Problem.bytes(up);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    try {
      switch (path) {
        case "/health" -> {
          allow(method, "GET");
          send(response, callback, 200, JSON, health);
        }
        case "/v1/openapi.json" -> {
          allow(method, "GET");
          send(response, callback, 200, JSON, openapi);
        }
        case "/v1/validate", "/v1/render", "/v1/stats" -> {
          allow(method, "POST");
          checked(path, request, response, callback);
        }
        default -> {
          if (!path.startsWith(SCHEMAS)) {
            throw new Problem(404, "not-found", "No such path", "the service has no such path; see /v1/openapi.json");
          }
          allow(method, "GET");
          byte[] schema = verdicts.schema(path.substring(SCHEMAS.length()))
              .orElseThrow(() -> new Problem(404, "not-found", "No such schema", "no such schema; choose RapidReview, LearningSummary or definitions"));
          send(response, callback, 200, "application/schema+json", schema);
        }
      }
    } catch (Problem problem) {
      refuse(request, response, callback, problem);
    }
    return true;
  }

  /** A request that reads documents, in a slot of its own. */
  private void checked(String path, Request request, Response response, Callback callback) {
    if (!slots.tryAcquire()) {
      throw new Problem(429, "too-many-requests", "Too many requests at once",
          "the service is checking as many requests as it allows; try again shortly", Map.of("Retry-After", "1"));
    }
    try {
      long most = path.equals("/v1/render") || !NDJSON.equals(mediaType(request)) ? settings.ceiling().get(ReadLimit.DOCUMENT_BYTES) : settings.maxBatchBytes();
      if (request.getLength() > most) {
        throw RequestBody.tooLarge(most);
      }
      RequestBody body = body(request, most);
      switch (path) {
        case "/v1/validate" -> validate(request, response, callback, body);
        case "/v1/render" -> render(request, response, callback, body);
        default -> stats(request, response, callback, body);
      }
    } finally {
      slots.release();
    }
  }

  private void validate(Request request, Response response, Callback callback, RequestBody body) {
    String type = mediaType(request, JSON, NDJSON);
    Query query = Query.of(request, "lenient", "failOnWarning", "limit");
    Verdicts.CheckOptions options =
        new Verdicts.CheckOptions(query.flag("lenient"), query.flag("failOnWarning"), limits(query));
    if (type.equals(JSON)) {
      Verdicts.Report report = verdicts.validate(body.document(), options);
      response.getHeaders().put(VALID_HEADER, String.valueOf(report.valid()));
      send(response, callback, 200, JSON, report.json());
      return;
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    streamed(request, response, callback, out -> verdicts.validateBatch(body, options, out));
  }

  private void render(Request request, Response response, Callback callback, RequestBody body) {
    mediaType(request, JSON);
    Query query = Query.of(request, "format", "limit");
    String format = query.text("format").orElse("markdown");
    Verdicts.RenderFormat renderFormat = switch (format) {
      case "markdown" -> Verdicts.RenderFormat.markdown;
      case "html" -> Verdicts.RenderFormat.html;
      default -> throw Problem.badRequest("format must be markdown or html");
    };
    Verdicts.Rendering rendering = verdicts.render(body.document(), renderFormat, limits(query));
    if (rendering.text().isEmpty()) {
      Problem invalid = new Problem(422, "invalid-document", "The document is not valid", "the document is not valid, so it is not rendered; see report");
      ObjectNode json = invalid.json();
      json.set("report", JsonMapper.shared().readTree(rendering.report().json()));
      send(response, callback, 422, Problem.MEDIA_TYPE, Problem.bytes(json));
      return;
    }
    String mediaType = renderFormat == Verdicts.RenderFormat.html ? "text/html;charset=utf-8" : "text/markdown;charset=utf-8";
    send(response, callback, 200, mediaType, rendering.text().orElseThrow().getBytes(StandardCharsets.UTF_8));
  }

  private void stats(Request request, Response response, Callback callback, RequestBody body) {
    mediaType(request, NDJSON);
    Query query = Query.of(request, "limit");
    ReadLimits limits = limits(query);
    String statistics;
    try {
      statistics = verdicts.stats(body, limits);
    } catch (IOException e) {
      throw RequestBody.unreadable(e);
    }
    send(response, callback, 200, JSON, statistics.getBytes(StandardCharsets.UTF_8));
  }

  /** The request's body, to be read within the request's time and at most {@code most} bytes. */
  private RequestBody body(Request request, long most) {
    return new RequestBody(Content.Source.asInputStream(request), System.nanoTime() + settings.requestTimeout().toNanos(), most);
  }

  /** What writes an answer as it goes. */
  @FunctionalInterface
  private interface Streamed {
    void write(OutputStream out) throws IOException;
  }

  /**
   * Streams an answer; a problem found before anything was sent is answered as a problem, and one
   * found after ends the answer unfinished, which a client sees as a broken response.
   */
  private void streamed(Request request, Response response, Callback callback, Streamed answer) {
    try {
      OutputStream out = Content.Sink.asOutputStream(response);
      answer.write(out);
      out.close();
      callback.succeeded();
    } catch (Problem problem) {
      if (response.isCommitted()) {
        callback.failed(problem);
      } else {
        response.reset();
        refuse(request, response, callback, problem);
      }
    } catch (IOException e) {
      callback.failed(e);
    }
  }

  private ReadLimits limits(Query query) {
    ReadLimits ceiling = settings.ceiling();
    ReadLimits limits = ceiling;
    for (String given : query.all("limit")) {
      int equals = given.indexOf('=');
      ReadLimit limit = ReadLimit.named(equals < 0 ? given : given.substring(0, equals))
          .orElseThrow(() -> Problem.badRequest("limit takes NAME=VALUE with one of the names " + limitNames()));
      long most = ceiling.get(limit);
      try {
        long value = Long.parseLong(given.substring(equals + 1));
        if (value < 1 || value > most) {
          throw new NumberFormatException();
        }
        limits = limits.with(limit, value);
      } catch (NumberFormatException e) {
        throw Problem.badRequest("limit " + limit + " must be a whole number from 1 to " + most + ", the service's ceiling");
      }
    }
    return limits;
  }

  private static String limitNames() {
    StringBuilder names = new StringBuilder();
    for (ReadLimit limit : ReadLimit.values()) {
      names.append(names.length() == 0 ? "" : ", ").append(limit.text());
    }
    return names.toString();
  }

  /** The request's media type, without its parameters. */
  private static String mediaType(Request request) {
    String header = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    return header == null ? "" : header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
  }

  /** The request's media type, if it is one of {@code accepted}. */
  private static String mediaType(Request request, String... accepted) {
    String type = mediaType(request);
    for (String one : accepted) {
      if (one.equals(type)) {
        return one;
      }
    }
    throw new Problem(415, "unsupported-media-type", "Unsupported media type",
        "the body must be sent as " + String.join(" or ", accepted), Map.of("Accept-Post", String.join(", ", accepted)));
  }

  private static void allow(String method, String allowed) {
    if (!method.equals(allowed)) {
      throw new Problem(405, "method-not-allowed", "Method not allowed", "this path takes " + allowed, Map.of("Allow", allowed));
    }
  }

  /**
   * Answers a request with a problem. What is left of its body is read and dropped first, so that
   * the client can send its next request on the same connection; a request refused for its size,
   * for the service's load or for its time, or whose body is larger than a document may be or
   * does not arrive in time, is not read further and its connection is closed
   * ({@code Connection: close}), so that no client sends again on a connection the service will
   * not read.
   */
  private void refuse(Request request, Response response, Callback callback, Problem problem) {
    long most = settings.ceiling().get(ReadLimit.DOCUMENT_BYTES);
    boolean readOn = !List.of(413, 429, 503).contains(problem.status()) && request.getLength() <= most;
    if (!readOn || !body(request, most).dropped()) {
      response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
    answer(response, callback, problem);
  }

  static void answer(Response response, Callback callback, Problem problem) {
    problem.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    send(response, callback, problem.status(), Problem.MEDIA_TYPE, Problem.bytes(problem.json()));
  }

  private static void send(Response response, Callback callback, int status, String type, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** The query's parameters, of which only those named are allowed. */
  private record Query(Fields fields) {

    static Query of(Request request, String... allowed) {
      Fields fields;
      try {
        fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
      } catch (RuntimeException e) {
        throw Problem.badRequest("the query cannot be read as UTF-8 parameters");
      }
      for (String name : fields.getNames()) {
        if (!List.of(allowed).contains(name)) {
          throw Problem.badRequest("an unknown query parameter; this path takes " + String.join(", ", allowed));
        }
      }
      return new Query(fields);
    }

    boolean flag(String name) {
      String value = text(name).orElse("false");
      if (!value.equals("true") && !value.equals("false")) {
        throw Problem.badRequest(name + " must be true or false");
      }
      return value.equals("true");
    }

    Optional<String> text(String name) {
      List<String> values = all(name);
      if (values.size() > 1) {
        throw Problem.badRequest(name + " is given more than once");
      }
      return values.stream().findFirst();
    }

    List<String> all(String name) {
      List<String> values = fields.getValues(name);
      return values == null ? List.of() : values;
    }
  }
}
