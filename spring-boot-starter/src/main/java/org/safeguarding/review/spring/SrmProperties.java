package org.safeguarding.review.spring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeguarding.review.json.ReadLimit;
import org.safeguarding.review.json.ReadLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the application reads and writes documents, from its configuration under {@code srm}:
 *
 * <pre>
 * srm.strictness=strict                 # or lenient: unknown properties are warnings, and are kept
 * srm.pretty=false                      # true writes indented JSON
 * srm.limits.document-bytes=1000000     # any limit srm --limit names, by that name
 * srm.checks.domain-rules=true          # false leaves the domain rules out
 * srm.checks.timescales=true            # false leaves the statutory timescales out
 * srm.checks.privacy=true               # false leaves the scan for personal data out
 * srm.web.enabled=true                  # false leaves Spring MVC's conversions as they are
 * </pre>
 */
@ConfigurationProperties(prefix = "srm")
public class SrmProperties {

  /** Whether unknown properties are errors (strict) or warnings, kept in the document (lenient). */
  public enum Strictness {
    /** Unknown properties are errors, as the published schemas have them. */
    STRICT,
    /** Unknown properties are warnings, and are kept and written back out. */
    LENIENT
  }

  private Strictness strictness = Strictness.STRICT;
  private boolean pretty;
  private final Map<String, Long> limits = new LinkedHashMap<>();
  private final Checks checks = new Checks();
  private final Web web = new Web();

  /** Creates the defaults: strict, compact, the default limits and every check. */
  public SrmProperties() {}

  /** {@return whether unknown properties are errors or warnings} */
  public Strictness getStrictness() {
    return strictness;
  }

  /**
   * Sets whether unknown properties are errors or warnings.
   *
   * @param strictness strict or lenient
   */
  public void setStrictness(Strictness strictness) {
    this.strictness = strictness;
  }

  /** {@return whether documents are written as indented JSON} */
  public boolean isPretty() {
    return pretty;
  }

  /**
   * Sets whether documents are written as indented JSON.
   *
   * @param pretty true for indented JSON
   */
  public void setPretty(boolean pretty) {
    this.pretty = pretty;
  }

  /** {@return the reading limits changed, by the names {@link ReadLimit} gives them, such as {@code document-bytes}} */
  public Map<String, Long> getLimits() {
    return limits;
  }

  /** {@return which checks run on every document read} */
  public Checks getChecks() {
    return checks;
  }

  /** {@return how Spring MVC reads and writes documents} */
  public Web getWeb() {
    return web;
  }

  /**
   * {@return the reading limits: the defaults, with those configured}
   *
   * @throws IllegalStateException naming the property, if a limit has no such name or its value
   *     is out of range
   */
  public ReadLimits readLimits() {
    ReadLimits result = ReadLimits.defaults();
    for (Map.Entry<String, Long> entry : limits.entrySet()) {
      ReadLimit limit =
          ReadLimit.named(entry.getKey())
              .orElseThrow(() -> new IllegalStateException(
                  "srm.limits." + entry.getKey() + " is not a reading limit; the limits are "
                      + Arrays.stream(ReadLimit.values()).map(ReadLimit::text).collect(Collectors.joining(", "))));
      try {
        result = result.with(limit, entry.getValue());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("srm.limits." + entry.getKey() + ": " + e.getMessage(), e);
      }
    }
    return result;
  }

  /** Which of the standard checks run on every document read, after the model's own constraints. */
  public static class Checks {

    private boolean domainRules = true;
    private boolean timescales = true;
    private boolean privacy = true;

    /** Creates the default: every check runs. */
    public Checks() {}

    /** {@return whether the domain rules run: what relates one part of a document to another} */
    public boolean isDomainRules() {
      return domainRules;
    }

    /**
     * Sets whether the domain rules run.
     *
     * @param domainRules false to leave them out
     */
    public void setDomainRules(boolean domainRules) {
      this.domainRules = domainRules;
    }

    /** {@return whether the statutory and guidance timescales are checked} */
    public boolean isTimescales() {
      return timescales;
    }

    /**
     * Sets whether the timescales are checked.
     *
     * @param timescales false to leave them out
     */
    public void setTimescales(boolean timescales) {
      this.timescales = timescales;
    }

    /** {@return whether free text is scanned for personal data} */
    public boolean isPrivacy() {
      return privacy;
    }

    /**
     * Sets whether free text is scanned for personal data.
     *
     * @param privacy false to leave the scan out
     */
    public void setPrivacy(boolean privacy) {
      this.privacy = privacy;
    }
  }

  /** How Spring MVC reads and writes documents. */
  public static class Web {

    private boolean enabled = true;

    /** Creates the default: Spring MVC reads and writes documents with the library's codec. */
    public Web() {}

    /** {@return whether Spring MVC reads and writes documents with the library's codec} */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether Spring MVC reads and writes documents with the library's codec.
     *
     * @param enabled false to leave Spring MVC's conversions as they are
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
