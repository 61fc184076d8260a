package org.safeguarding.review.spring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.schema.DocumentValidator;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Reads and writes the model's documents ({@link ReviewDocument} and its types) as JSON with the
 * library: a body is read within the configured limits and validated by the {@link
 * DocumentValidator}, and a body that is not a valid document is refused with an {@link
 * InvalidDocumentException} carrying every problem; a document is written by the {@link
 * ReviewJson} codec. A body read as {@code ReviewDocument} is read as the type its {@code
 * documentType} names. Spring Boot adds it, as a bean, before Spring MVC's own JSON converters.
 */
public class ReviewDocumentHttpMessageConverter extends AbstractHttpMessageConverter<ReviewDocument> {

  private final ReviewJson json;
  private final DocumentValidator validator;

  /**
   * A converter that writes with {@code json} and reads with {@code validator}.
   *
   * @param json the codec documents are written with
   * @param validator the validator bodies are read with, within its limits
   */
  public ReviewDocumentHttpMessageConverter(ReviewJson json, DocumentValidator validator) {
    super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    this.json = Objects.requireNonNull(json, "json");
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  @Override
  protected boolean supports(Class<?> type) {
    return ReviewDocument.class.isAssignableFrom(type);
  }

  @Override
  protected ReviewDocument readInternal(Class<? extends ReviewDocument> type, HttpInputMessage body) throws IOException {
    Optional<DocumentType> asType = type == ReviewDocument.class ? Optional.empty() : ModelType.of(type).documentType();
    ReadResult<ReviewDocument> read = validator.validate(JsonInput.of(body.getBody()), asType);
    if (!read.report().isValid() || read.document().isEmpty()) {
      throw new InvalidDocumentException(read.report(), body);
    }
    return type.cast(read.document().get());
  }

  @Override
  protected void writeInternal(ReviewDocument document, HttpOutputMessage output) throws IOException {
    output.getBody().write(json.writeBytes(document));
  }
}
