package org.safeguarding.review;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A part of a document that keeps the JSON properties it does not know.
 *
 * <p>The strict reader rejects unknown properties. The lenient reader accepts them with a warning
 * and keeps them here, in the order read, so that writing the document back out loses nothing.
 * Documents built in code normally have none; an unknown property must not take the name of one of
 * the part's own properties, which validation reports as {@code property.nameTaken}.
 *
 * <p>Every part carries the class-level constraint {@link Form}, which checks the {@link FormRule}s
 * of its type with Bean Validation; a part whose type has none keeps it trivially.
 *
 * <p>The values are Jackson trees, which Jackson makes mutable. They belong to the document: treat
 * them as read-only, and {@code deepCopy()} one before changing it, or the document's equality and
 * hash code change under it.
 */
@Form
public interface Extensible {

  /**
   * {@return properties read from JSON that the model does not define, by name; never {@code null}}
   */
  @JsonAnyGetter
  @JsonInclude(content = JsonInclude.Include.ALWAYS)
  Map<String, JsonNode> getUnknownProperties();
}
