package org.safeguarding.review;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A part of a document that keeps the JSON properties it does not know.
 *
 * <p>The strict reader rejects unknown properties. The lenient reader accepts them with a warning
 * and keeps them here, in the order read, so that writing the document back out loses nothing.
 * Documents built in code normally have none.
 */
public interface Extensible {

  /** Properties read from JSON that the model does not define, by name; never {@code null}. */
  @JsonAnyGetter
  Map<String, JsonNode> getUnknownProperties();
}
