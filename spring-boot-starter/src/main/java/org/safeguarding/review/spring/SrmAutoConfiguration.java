package org.safeguarding.review.spring;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.privacy.PersonalDataScanner;
import org.safeguarding.review.rules.DomainRules;
import org.safeguarding.review.schema.DocumentValidator;
import org.safeguarding.review.timescale.Timescales;
import org.safeguarding.review.validation.ConstraintEngine;
import org.safeguarding.review.validation.ModelValidator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library in a Spring Boot application: a {@link ReviewJson} and a {@link DocumentValidator}
 * configured from {@link SrmProperties} (an application's own bean of either type is used instead),
 * and Jackson modules that make the application's own mappers write the model's objects as the
 * library does: in the model's order, absent values and empty lists left out, so that what they
 * write is a valid document.
 */
@AutoConfiguration
@EnableConfigurationProperties(SrmProperties.class)
public class SrmAutoConfiguration {

  /** Creates the configuration; Spring Boot does. */
  public SrmAutoConfiguration() {}

  /**
   * {@return the validator of bound documents: the model's constraints and the checks configured}
   *
   * @param properties the application's configuration
   */
  static ModelValidator validator(SrmProperties properties) {
    SrmProperties.Checks checks = properties.getChecks();
    List<DocumentCheck> selected = new ArrayList<>();
    if (checks.isDomainRules()) {
      selected.addAll(DomainRules.all());
    }
    if (checks.isTimescales()) {
      selected.add(Timescales.standard());
    }
    if (checks.isPrivacy()) {
      selected.add(PersonalDataScanner.standard());
    }
    return ModelValidator.of(ConstraintEngine.standard(), selected);
  }

  /**
   * {@return the codec, as configured: strictness, limits, checks and indentation}
   *
   * @param properties the application's configuration
   */
  @Bean
  @ConditionalOnMissingBean
  public ReviewJson reviewJson(SrmProperties properties) {
    ReviewJson json = properties.getStrictness() == SrmProperties.Strictness.LENIENT ? ReviewJson.lenient() : ReviewJson.strict();
    json = json.withLimits(properties.readLimits()).withValidator(validator(properties));
    return properties.isPretty() ? json.withPrettyPrinting() : json;
  }

  /**
   * {@return the full validator, as configured: strictness, limits and checks}
   *
   * @param properties the application's configuration
   */
  @Bean
  @ConditionalOnMissingBean
  public DocumentValidator documentValidator(SrmProperties properties) {
    DocumentValidator validator =
        properties.getStrictness() == SrmProperties.Strictness.LENIENT ? DocumentValidator.lenient() : DocumentValidator.strict();
    return validator.withLimits(properties.readLimits()).withValidator(validator(properties));
  }

  /** The model's objects written by the application's Jackson 3 mappers as the library writes them. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
  static class Jackson3 {

    /** {@return the module, which Spring Boot 4 registers with its mappers} */
    @Bean
    tools.jackson.databind.JacksonModule srmJacksonModule() {
      return new ModelJacksonModule();
    }
  }

  /** The model's objects written by the application's Jackson 2 mappers as the library writes them. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "com.fasterxml.jackson.databind.Module")
  static class Jackson2 {

    /** {@return the module, which Spring Boot 3 registers with its mappers} */
    @Bean
    com.fasterxml.jackson.databind.Module srmJackson2Module() {
      return new ModelJackson2Module();
    }
  }
}
