package org.safeguarding.review.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The service's OpenAPI 3.1 description, {@code openapi.json} beside this class (committed, not generated). */
final class OpenApi {

  /** The description's resource, as a path from the root of the class path. */
  static final String RESOURCE = "org/safeguarding/review/server/openapi.json";

  private OpenApi() {}

  static byte[] bytes() {
    try (InputStream in = OpenApi.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
