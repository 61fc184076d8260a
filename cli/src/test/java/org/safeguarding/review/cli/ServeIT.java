package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.safeguarding.review.testing.OwnThread;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code srm serve}, started from the packaged jar as a process of its own and called over HTTP
 * with Java's {@code HttpClient}, answers each document and batch with the report {@code srm
 * validate --format json -} gives for the same bytes (without {@code file}), alone and with 64
 * clients at once, and keeps its limits.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
// srm serve hangs in these tests on Java 25 (seen 2026-12-07; issue 27's closing note): they run on 17 until that is fixed.
class ServeIT {

  private static final String JSON = "application/json";
  private static final String NDJSON = "application/x-ndjson";
  private static final JsonMapper MAPPER = JsonMapper.shared();

  private static ServiceProcess service;

  @BeforeAll
  static void start() throws IOException {
    service = ServiceProcess.start();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  /** What srm validate prints for these bytes on standard input, and its exit status. */
  record Cli(int status, String out) {

    /** The report as the service gives it: each issue without its {@code "file":"<stdin>"}. */
    String withoutFile() {
      return out.replace("{\"file\":\"<stdin>\",", "{");
    }
  }

  static Cli cli(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    int status = Srm.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    return new Cli(status, out.toString());
  }

  /** Every example document, every fixture, and bytes that no reader should trust. */
  static Map<String, byte[]> documents() throws IOException {
    Map<String, byte[]> documents = new LinkedHashMap<>();
    for (Path folder : List.of(Path.of("../examples/documents"), Path.of("src/test/resources/fixtures"))) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          documents.put(file.toString(), Files.readAllBytes(file));
        }
      }
    }
    byte[] example = Files.readAllBytes(Path.of("../examples/documents/exampleshire-rapid-review.json"));
    documents.put("empty body", new byte[0]);
    documents.put("not UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
    documents.put("UTF-16", new String(example, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
    documents.put("byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, example));
    documents.put("deep nesting", ("{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}").getBytes(StandardCharsets.UTF_8));
    documents.put("duplicate property", "{\"documentType\":\"RapidReview\",\"documentType\":\"LearningSummary\"}".getBytes(StandardCharsets.UTF_8));
    documents.put("trailing content", concat(example, "{}".getBytes(StandardCharsets.UTF_8)));
    documents.put("a bare number", "42".getBytes(StandardCharsets.UTF_8));
    return documents;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void eachDocumentGetsTheReportOfSrmValidateAndSaysWhetherItIsValid() throws Exception {
    for (Map.Entry<String, byte[]> document : documents().entrySet()) {
      Cli expected = cli(document.getValue(), "validate", "--format", "json", "-");

      HttpResponse<String> response = service.post("/v1/validate", JSON, document.getValue());

      assertThat(response.statusCode()).as(document.getKey()).isEqualTo(200);
      assertThat(response.body()).as(document.getKey()).isEqualTo(expected.withoutFile());
      assertThat(response.headers().firstValue("SRM-Valid")).as(document.getKey()).contains(String.valueOf(expected.status() == 0));
    }
  }

  @Test
  void theOptionsAreTheCommandLinesOptions() throws Exception {
    byte[] unknownProperty = Files.readAllBytes(Path.of("src/test/resources/fixtures/unknown-property.json"));
    byte[] withWarnings = Files.readAllBytes(Path.of("../examples/documents/exampleshire-rapid-review.json"));
    byte[] example = Files.readAllBytes(Path.of("../examples/documents/essex-learning-summary-child-hh-cc.json"));

    Cli lenient = cli(unknownProperty, "validate", "--format", "json", "--lenient", "-");
    Cli failOnWarning = cli(withWarnings, "validate", "--format", "json", "--fail-on-warning", "-");
    Cli limited = cli(example, "validate", "--format", "json", "--limit", "string-length=20", "--limit", "nesting-depth=4", "-");
    HttpResponse<String> lenientAnswer = service.post("/v1/validate?lenient=true", JSON, unknownProperty);
    HttpResponse<String> failOnWarningAnswer = service.post("/v1/validate?failOnWarning=true", JSON, withWarnings);
    HttpResponse<String> limitedAnswer = service.post("/v1/validate?limit=string-length=20&limit=nesting-depth=4", JSON, example);

    assertThat(lenientAnswer.body()).isEqualTo(lenient.withoutFile()).isNotEqualTo(service.post("/v1/validate", JSON, unknownProperty).body());
    assertThat(lenientAnswer.headers().firstValue("SRM-Valid")).contains(String.valueOf(lenient.status() == 0));
    assertThat(failOnWarning.status()).isEqualTo(1);
    assertThat(failOnWarningAnswer.body()).isEqualTo(failOnWarning.withoutFile()).contains("WARNING");
    assertThat(failOnWarningAnswer.headers().firstValue("SRM-Valid")).contains("false");
    assertThat(service.post("/v1/validate", JSON, withWarnings).headers().firstValue("SRM-Valid")).contains("true");
    assertThat(limitedAnswer.body()).isEqualTo(limited.withoutFile()).contains("json.limitExceeded");
  }

  @Test
  void aBatchGetsTheReportOfSrmValidateNdjson() throws Exception {
    ByteArrayOutputStream batch = new ByteArrayOutputStream();
    for (byte[] document : documents().values()) {
      for (byte b : document) {
        batch.write(b == '\n' ? ' ' : b);
      }
      batch.write('\n');
    }
    batch.write(Files.readAllBytes(Path.of("src/test/resources/fixtures/batch.ndjson")));
    byte[] bytes = batch.toByteArray();

    Cli expected = cli(bytes, "validate", "--ndjson", "--format", "json", "-");
    HttpResponse<String> response = service.post("/v1/validate", NDJSON, bytes);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(expected.withoutFile()).contains("\"line\":");
  }

  @Test
  void sixtyFourClientsAtOnceGetTheReportsOfOneAtATime() throws Exception {
    List<byte[]> documents = new ArrayList<>(documents().values());
    List<String> alone = new ArrayList<>();
    for (byte[] document : documents) {
      alone.add(service.post("/v1/validate", JSON, document).body());
    }

    ExecutorService clients = Executors.newFixedThreadPool(64);
    try {
      List<Future<List<String>>> answers = new ArrayList<>();
      for (int client = 0; client < 64; client++) {
        int first = client;
        answers.add(clients.submit(() -> {
          List<String> mine = new ArrayList<>(Collections.nCopies(documents.size(), ""));
          for (int i = 0; i < documents.size(); i++) {
            int which = (first + i) % documents.size();
            HttpResponse<String> response = service.post("/v1/validate", JSON, documents.get(which));
            mine.set(which, response.statusCode() + " " + response.body());
          }
          return mine;
        }));
      }
      for (Future<List<String>> answer : answers) {
        assertThat(answer.get()).isEqualTo(alone.stream().map(body -> "200 " + body).toList());
      }
    } finally {
      clients.shutdown();
    }
  }

  @Test
  void pythonAndNodeClientsGetWhatJavasClientGets() throws Exception {
    List<String> files = List.of(
        "../examples/documents/exampleshire-rapid-review.json",
        "src/test/resources/fixtures/invalid-learning-summary.json",
        "src/test/resources/fixtures/personal-data.json");
    List<String> expected = new ArrayList<>();
    for (String file : files) {
      HttpResponse<String> response = service.post("/v1/validate", JSON, Files.readAllBytes(Path.of(file)));
      expected.add(MAPPER.writeValueAsString(MAPPER.createObjectNode()
          .put("file", file)
          .put("status", response.statusCode())
          .put("valid", Boolean.parseBoolean(response.headers().firstValue("SRM-Valid").orElseThrow()))
          .set("issues", MAPPER.readTree(response.body()))));
    }

    for (List<String> client : List.of(List.of("python3", "../scripts/srm-serve-client.py"), List.of("node", "../scripts/srm-serve-client.mjs"))) {
      List<String> command = new ArrayList<>(client);
      command.add(service.uri("/").toString());
      command.addAll(files);
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

      assertThat(process.waitFor()).as(client.get(0)).isEqualTo(1);
      assertThat(lines).hasSize(files.size());
      for (int i = 0; i < files.size(); i++) {
        assertThat(MAPPER.readTree(lines.get(i))).as(client.get(0) + " " + files.get(i)).isEqualTo(MAPPER.readTree(expected.get(i)));
      }
    }
  }

  @Test
  void renderStatsSchemasHealthAndTheDescriptionAnswerAsTheCommandsDo() throws Exception {
    Path briefing = Path.of("../examples/documents/temporary-accommodation-audit-briefing.json");
    byte[] document = Files.readAllBytes(briefing);
    byte[] batch = Files.readAllBytes(Path.of("src/test/resources/fixtures/batch.ndjson"));

    HttpResponse<String> markdown = service.post("/v1/render", JSON, document);
    HttpResponse<String> html = service.post("/v1/render?format=html", JSON, document);
    HttpResponse<String> invalid = service.post("/v1/render", JSON, "{}".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> stats = service.post("/v1/stats", NDJSON, batch);
    HttpResponse<String> schema = service.get("/v1/schemas/RapidReview");

    assertThat(markdown.body()).isEqualTo(cli(document, "render", "-").out());
    assertThat(markdown.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/markdown"));
    assertThat(html.body()).isEqualTo(cli(document, "render", "--format", "html", "-").out());
    assertThat(invalid.statusCode()).isEqualTo(422);
    JsonNode problem = MAPPER.readTree(invalid.body());
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("report")).isEqualTo(MAPPER.readTree(cli("{}".getBytes(StandardCharsets.UTF_8), "validate", "--format", "json", "-").withoutFile()));
    assertThat(stats.body()).isEqualTo(cli(batch, "stats", "--ndjson", "--format", "json", "-").out());
    assertThat(schema.body()).isEqualTo(cli(new byte[0], "schema", "RapidReview").out());
    assertThat(MAPPER.readTree(schema.body()).get("$id").asString()).endsWith("rapid-review.schema.json");
    assertThat(service.get("/health").body()).isEqualTo("{\"status\":\"UP\"}\n");
    JsonNode description = MAPPER.readTree(service.get("/v1/openapi.json").body());
    assertThat(description.get("openapi").asString()).isEqualTo("3.1.0");
    for (String path : description.get("paths").propertyNames()) {
      String concrete = path.replace("{name}", "definitions");
      int status = path.startsWith("/v1/schemas") || path.equals("/health") || path.endsWith("openapi.json")
          ? service.get(concrete).statusCode()
          : service.post(concrete, path.endsWith("render") ? JSON : NDJSON, new byte[0]).statusCode();
      assertThat(status).as(path).isNotEqualTo(404);
    }
  }

  @Test
  void mistakesAreAnsweredAsProblemDetails() throws Exception {
    byte[] example = Files.readAllBytes(Path.of("../examples/documents/essex-learning-summary-child-hh-cc.json"));
    HttpResponse<String> unknownPath = service.get("/v2/validate");
    HttpResponse<String> wrongMethod = service.get("/v1/validate");
    HttpResponse<String> wrongType = service.post("/v1/validate", "text/plain", example);
    HttpResponse<String> overCeiling = service.post("/v1/validate?limit=document-bytes=8388609", JSON, example);
    HttpResponse<String> unknownParameter = service.post("/v1/validate?strict=yes", JSON, example);
    HttpResponse<String> unknownSchema = service.get("/v1/schemas/Review");

    assertProblem(unknownPath, 404);
    assertProblem(wrongMethod, 405);
    assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
    assertProblem(wrongType, 415);
    assertProblem(overCeiling, 400);
    assertThat(MAPPER.readTree(overCeiling.body()).get("detail").asString()).contains("8388608");
    assertProblem(unknownParameter, 400);
    assertProblem(unknownSchema, 404);
  }

  /**
   * A request refused before its body was read used to leave the rest of the body unread, so the
   * server closed a connection the client then sent its next request on.
   */
  @Test
  void aConnectionStaysUsableAfterARequestRefusedBeforeItsBodyWasRead() throws Exception {
    byte[] body = Files.readAllBytes(Path.of("../examples/documents/essex-learning-summary-child-hh-cc.json"));
    byte[] large = new byte[body.length * 20];
    for (int copy = 0; copy < 20; copy++) {
      System.arraycopy(body, 0, large, copy * body.length, body.length);
    }
    for (int round = 0; round < 100; round++) {
      HttpResponse<String> wrongType = service.post("/v1/validate", "text/plain", large);
      assertProblem(wrongType, 415);
      assertThat(wrongType.headers().firstValue("Connection")).as("round %d", round).isEmpty();
      assertThat(service.get("/health").statusCode()).as("round %d", round).isEqualTo(200);
    }
  }

  @Test
  void theLimitsOfBodySizeRequestsAtOnceAndTimeAreKept() throws Exception {
    try (ServiceProcess limited = ServiceProcess.start("--limit", "document-bytes=1000", "--max-batch-bytes", "5000", "--max-requests", "1", "--request-timeout", "5")) {
      HttpResponse<String> tooLarge = limited.post("/v1/validate", JSON, new byte[1001]);
      assertProblem(tooLarge, 413);
      assertThat(tooLarge.headers().firstValue("Connection")).contains("close");
      assertProblem(limited.post("/v1/validate", NDJSON, "{}\n".repeat(2000).getBytes(StandardCharsets.UTF_8)), 413);

      // Two slow requests, each cut short after its first byte: one holds the one slot, the other is refused.
      try (Socket first = slowRequest(limited); Socket second = slowRequest(limited)) {
        Socket refused = null;
        for (int tries = 0; refused == null && tries < 200; tries++) {
          Thread.sleep(100);
          refused = first.getInputStream().available() > 0 ? first : second.getInputStream().available() > 0 ? second : null;
        }
        Socket holder = refused == first ? second : first;
        assertThat(refused).as("one of two requests refused").isNotNull();
        String refusal = new String(readAnswer(refused.getInputStream()), StandardCharsets.UTF_8);
        assertThat(refusal).startsWith("HTTP/1.1 429").contains("Retry-After: 1").contains("application/problem+json");

        Thread.sleep(5500);
        try {
          holder.getOutputStream().write('}');
          holder.getOutputStream().flush();
        } catch (IOException e) {
          // The service may already have answered and closed the connection.
        }
        String answer = new String(holder.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
        assertThat(answer).isEqualTo("HTTP/1.1 503");
      }
      assertThat(limited.post("/v1/validate", JSON, "{}".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void sigtermFinishesTheRequestsInFlightAndNothingOfADocumentIsLogged() throws Exception {
    String pseudonym = "Zebedee Quartermaine-Vollstrecker";
    byte[] example = Files.readAllBytes(Path.of("../examples/documents/essex-learning-summary-child-hh-cc.json"));
    byte[] marked = new String(example, StandardCharsets.UTF_8).replace("Child HH", pseudonym).getBytes(StandardCharsets.UTF_8);
    byte[] broken = ("{\"documentType\":\"LearningSummary\",\"" + pseudonym + "\":\"" + pseudonym + "\"").getBytes(StandardCharsets.UTF_8);
    ServiceProcess stopping = ServiceProcess.start();
    try (Socket inFlight = new Socket(stopping.uri("/").getHost(), stopping.uri("/").getPort())) {
      stopping.post("/v1/validate", JSON, marked);
      stopping.post("/v1/validate", JSON, broken);
      stopping.post("/v1/render", JSON, broken);
      stopping.post("/v1/validate", NDJSON, broken);
      OutputStream out = inFlight.getOutputStream();
      out.write(("POST /v1/validate HTTP/1.1\r\nHost: srm\r\nContent-Type: application/json\r\nContent-Length: " + marked.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(marked, 0, 100);
      out.flush();
      // Time for the service, on cores it may share, to start handling the request.
      Thread.sleep(2000);

      CompletableFuture<Integer> exit = OwnThread.supply("stopping srm serve", () -> {
        try {
          return stopping.terminate();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      Thread.sleep(1000);
      assertThat(stopping.process().isAlive()).as("still finishing the request in flight").isTrue();
      out.write(marked, 100, marked.length - 100);
      out.flush();
      String answer = new String(readAnswer(inFlight.getInputStream()), StandardCharsets.UTF_8);

      assertThat(answer).startsWith("HTTP/1.1 200").contains("SRM-Valid: true").endsWith("[]\n");
      assertThat(exit.get()).isEqualTo(143);
    }
    assertThat(stopping.log()).doesNotContain(pseudonym).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(stopping.log().lines()).allSatisfy(line -> assertThat(line).startsWith("srm serve: "));
  }

  @Test
  void theReadmesCurlCallGetsTheAnswerTheReadmeShows() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String section = readme.substring(readme.indexOf("## Running the service"));
    Matcher example = Pattern.compile("```console\n\\$ (curl [^\n]+)\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(example.find()).as("a curl call in Running the service").isTrue();
    String call = example.group(1).replace("http://127.0.0.1:8080", service.uri("/").toString().replaceAll("/$", ""));

    Process curl = new ProcessBuilder("bash", "-c", call).directory(Path.of("..").toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String answer = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");

    assertThat(curl.waitFor()).isZero();
    assertThat(withoutDate(answer).strip()).isEqualTo(withoutDate(example.group(2)).strip());
    assertThat(answer).containsPattern("\nDate: [A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT\n");
  }

  /** The answer without its Date header: the README's is the time it was written. */
  private static String withoutDate(String answer) {
    return answer.replaceAll("(?m)^Date: .*\n", "");
  }

  @Test
  void theDockerfileCopiesFilesThatExistAndRunsAsAnotherUserThanRoot() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../Dockerfile"));
    List<String> copied = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("COPY ")) {
        List<String> words = Stream.of(line.substring(5).trim().split("\\s+")).filter(word -> !word.startsWith("--")).toList();
        copied.addAll(words.subList(0, words.size() - 1));
      }
    }

    assertThat(copied).contains("cli/target/srm.jar").allSatisfy(file -> assertThat(Path.of("..", file)).isRegularFile());
    assertThat(lines).anyMatch(line -> line.matches("USER [1-9][0-9]*")).anyMatch(line -> line.startsWith("HEALTHCHECK "));
    assertThat(lines).filteredOn(line -> line.startsWith("ENTRYPOINT")).singleElement().asString().contains("\"serve\"", "\"0.0.0.0\"");
  }

  /** A request to validate a document of two bytes, of which only the first is sent. */
  private static Socket slowRequest(ServiceProcess service) throws IOException {
    Socket socket = new Socket(service.uri("/").getHost(), service.uri("/").getPort());
    OutputStream out = socket.getOutputStream();
    out.write("POST /v1/validate HTTP/1.1\r\nHost: srm\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{".getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  /** An HTTP/1.1 answer with a Content-Length, read to its end. */
  private static byte[] readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        return answer.toByteArray();
      }
      answer.write(b);
      String text = answer.toString(StandardCharsets.US_ASCII);
      if (text.endsWith("\r\n\r\n")) {
        Matcher header = Pattern.compile("(?i)content-length: (\\d+)").matcher(text);
        answer.write(in.readNBytes(header.find() ? Integer.parseInt(header.group(1)) : 0));
        return answer.toByteArray();
      }
    }
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode problem = MAPPER.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asString()).startsWith("urn:srm:problem:");
    assertThat(problem.get("title").asString()).isNotBlank();
    assertThat(problem.get("detail").asString()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
