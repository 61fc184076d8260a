package org.safeguarding.review.it.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.examples.ExampleDocuments;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.JsonMappers;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.schema.DocumentValidator;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The application with srm-spring-boot-starter, started on a random port and spoken to over HTTP
 * as its clients would: documents come back as the library writes them, whoever writes them, and
 * a body that is not a valid document is answered with its report as problem details.
 */
class StarterApplicationIT {

  /** The largest body the application reads, set in its configuration as users set it. */
  private static final long DOCUMENT_BYTES = 200_000;

  private static final LearningSummary ESSEX = (LearningSummary) ExampleDocuments.read(ExampleDocuments.ESSEX_LEARNING_SUMMARY);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static ConfigurableApplicationContext application;
  private static URI base;

  @BeforeAll
  static void start() {
    application =
        new SpringApplicationBuilder(StarterApplication.class)
            .run("--server.port=0", "--srm.limits.document-bytes=" + DOCUMENT_BYTES);
    base = URI.create("http://localhost:" + application.getEnvironment().getProperty("local.server.port"));
  }

  @AfterAll
  static void stop() {
    application.close();
  }

  @Test
  void aDocumentReturnedByTheControllerIsWrittenByTheLibrary() throws Exception {
    HttpResponse<byte[]> response = send(HttpRequest.newBuilder(at("/summaries/" + ESSEX.getId())).GET());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(ReviewJson.strict().write(ESSEX));
  }

  @Test
  void documentsInAListWrittenBySpringsOwnJsonAreValidAndInTheModelsOrder() throws Exception {
    JsonNode list = json(send(HttpRequest.newBuilder(at("/summaries")).GET()));

    assertThat(list.isArray()).as(list::toString).isTrue();
    assertWrittenAsTheLibraryWrites(list.get(0));
  }

  @Test
  void aDocumentInsideTheApplicationsOwnObjectIsValidAndInTheModelsOrder() throws Exception {
    JsonNode wrapper = json(send(HttpRequest.newBuilder(at("/summaries/" + ESSEX.getId() + "/wrapped")).GET()));

    assertWrittenAsTheLibraryWrites(wrapper.get("summary"));
  }

  @Test
  void aValidDocumentPostedIsReadAndReturned() throws Exception {
    LearningSummary posted = LearningSummary.builder().from(ESSEX).id("essex-copy").build();

    HttpResponse<byte[]> response = post(ReviewJson.strict().write(posted));

    assertThat(response.statusCode()).as(() -> new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).hasValue("/summaries/essex-copy");
    assertThat(ReviewJson.strict().read(JsonInput.of(response.body()), LearningSummary.class)).isEqualTo(posted);
  }

  @Test
  void anInvalidDocumentIsAnsweredWith400AndEveryProblem() throws Exception {
    ObjectNode broken = (ObjectNode) ReviewJson.strict().toTree(ESSEX);
    broken.put("title", " ");
    broken.put("colour", "blue");
    broken.remove("sections");

    HttpResponse<byte[]> response = post(broken.toString());

    JsonNode problem = problem(response, 400);
    assertThat(codesAt(problem))
        .contains("/title " + IssueCode.VALUE_BLANK.text(), "/colour " + IssueCode.PROPERTY_UNKNOWN.text(), "/sections " + IssueCode.PROPERTY_REQUIRED.text());
  }

  @Test
  void aBodyThatIsNotJsonIsAnsweredWith400() throws Exception {
    JsonNode problem = problem(post("{\"documentType\": \"learningSummary\", "), 400);

    JsonNode issues = problem.get("issues");
    assertThat(issues).hasSize(1);
    assertThat(issues.get(0).get("code").asString()).isEqualTo(IssueCode.JSON_MALFORMED.text());
    assertThat(issues.get(0).has("line")).as("where in the text").isTrue();
  }

  @Test
  void anotherTypeOfDocumentIsAnsweredWith400() throws Exception {
    JsonNode problem = problem(post(ReviewJson.strict().write(ExampleDocuments.read(ExampleDocuments.EXAMPLESHIRE_RAPID_REVIEW))), 400);

    assertThat(codesAt(problem)).contains("/documentType " + IssueCode.DOCUMENT_TYPE_MISMATCH.text());
  }

  @Test
  void aBodyOverTheConfiguredLimitIsAnsweredWith413() throws Exception {
    String valid = ReviewJson.strict().write(ESSEX);
    assertThat((long) valid.length()).as("the document alone is within the limit").isLessThan(DOCUMENT_BYTES);

    JsonNode problem = problem(post(valid + " ".repeat((int) DOCUMENT_BYTES)), 413);

    assertThat(codesAt(problem)).containsExactly(" " + IssueCode.JSON_LIMIT_EXCEEDED.text());
    assertThat(problem.get("issues").get(0).get("message").asString()).contains("the limit document-bytes, " + DOCUMENT_BYTES);
  }

  @Test
  void theReadmeNamesTheVersionOfSpringBootTested() throws IOException {
    String version = SpringBootVersion.getVersion();
    String minor = version.substring(0, version.lastIndexOf('.'));
    String readme = Files.readString(Path.of(System.getProperty("srm.readme")), StandardCharsets.UTF_8);
    String row = "| Spring Boot " + minor + " (tested with " + version + ") |";

    assertThat(readme.contains(row)).as("the README's table of Spring Boot versions has the row %s", row).isTrue();
  }

  private static void assertWrittenAsTheLibraryWrites(JsonNode document) {
    assertThat(DocumentValidator.strict().validate(JsonInput.of(document)).report().issues()).isEmpty();
    assertThat(ReviewJson.strict().writeTree(document)).isEqualTo(ReviewJson.strict().write(ESSEX));
  }

  private static JsonNode problem(HttpResponse<byte[]> response, int status) {
    JsonNode problem = JsonMappers.standard().readTree(response.body());
    assertThat(response.statusCode()).as(problem::toString).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asString()).endsWith("/docs/issue-codes.md");
    assertThat(problem.get("instance").asString()).isEqualTo("/summaries");
    return problem;
  }

  /** Each issue of a problem as its pointer and code. */
  private static List<String> codesAt(JsonNode problem) {
    List<String> codes = new ArrayList<>();
    problem.get("issues").forEach(issue -> codes.add(issue.get("pointer").asString() + " " + issue.get("code").asString()));
    return codes;
  }

  private static JsonNode json(HttpResponse<byte[]> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    return JsonMappers.standard().readTree(response.body());
  }

  private static HttpResponse<byte[]> post(String body) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(at("/summaries"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static URI at(String path) {
    return base.resolve(path);
  }
}
