package org.safeguarding.review.spring;

import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.schema.DocumentValidator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Spring MVC reads and writes the model's documents with the library: the {@link
 * ReviewDocumentHttpMessageConverter}, which Spring Boot puts before its own JSON converters, and
 * {@link InvalidDocumentProblems}, which answers an invalid body with its report. Off with {@code
 * srm.web.enabled=false}.
 */
@AutoConfiguration(after = SrmAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
@ConditionalOnProperty(prefix = "srm.web", name = "enabled", matchIfMissing = true)
public class SrmWebMvcAutoConfiguration {

  /** Creates the configuration; Spring Boot does. */
  public SrmWebMvcAutoConfiguration() {}

  /**
   * {@return the converter of documents, reading with the validator and writing with the codec}
   *
   * @param json the codec
   * @param validator the validator
   */
  @Bean
  public ReviewDocumentHttpMessageConverter reviewDocumentHttpMessageConverter(ReviewJson json, DocumentValidator validator) {
    return new ReviewDocumentHttpMessageConverter(json, validator);
  }

  /** {@return the handler that answers an invalid body with problem details} */
  @Bean
  public InvalidDocumentProblems invalidDocumentProblems() {
    return new InvalidDocumentProblems();
  }
}
