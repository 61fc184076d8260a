package org.safeguarding.review.server;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A problem detail (RFC 9457) the service answers with, thrown where it is found: its {@code type}
 * names the kind, {@code title} says it in general, {@code detail} for this request. A detail
 * never holds a value of the document.
 */
final class Problem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The media type of a problem detail. */
  static final String MEDIA_TYPE = "application/problem+json";

  private final int status;
  private final String slug;
  private final String title;
  private final transient Map<String, String> headers;

  Problem(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, Map.of());
  }

  Problem(int status, String slug, String title, String detail, Map<String, String> headers) {
    super(detail, null, false, false);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.headers = headers;
  }

  static Problem badRequest(String detail) {
    return new Problem(400, "bad-request", "The request's parameters are not valid", detail);
  }

  int status() {
    return status;
  }

  /** Headers the answer carries, such as {@code Allow} or {@code Retry-After}. */
  Map<String, String> headers() {
    return headers;
  }

  /** The problem as JSON, and any members of the answer's own. */
  ObjectNode json() {
    ObjectNode json = JsonMapper.shared().createObjectNode();
    json.put("type", "urn:srm:problem:" + slug);
    json.put("title", title);
    json.put("status", status);
    json.put("detail", getMessage());
    return json;
  }

  static byte[] bytes(ObjectNode json) {
    return (JsonMapper.shared().writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
