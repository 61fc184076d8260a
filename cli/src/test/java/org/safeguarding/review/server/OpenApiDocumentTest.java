package org.safeguarding.review.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI description, as {@code GET /v1/openapi.json} serves it, is a valid OpenAPI
 * 3.1 document to swagger-parser, and names every path the service answers.
 */
class OpenApiDocumentTest {

  private static SwaggerParseResult parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    return new OpenAPIParser().readContents(text, null, options);
  }

  @Test
  void theDescriptionIsValidOpenApi31AndNamesEveryPath() {
    SwaggerParseResult result = parse(new String(OpenApi.bytes(), StandardCharsets.UTF_8));

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(result.getOpenAPI().getPaths().keySet())
        .containsExactlyInAnyOrder("/v1/validate", "/v1/render", "/v1/stats", "/v1/schemas/{name}", "/v1/openapi.json", "/health");
  }

  @Test
  void theParserFindsWhatIsWrongWithABrokenCopy() {
    String broken = new String(OpenApi.bytes(), StandardCharsets.UTF_8).replace("#/components/schemas/Report", "#/components/schemas/Missing");

    assertThat(parse(broken).getMessages()).isNotEmpty();
  }
}
