package org.safeguarding.review.it;

import java.util.List;

/** Recognises log lines written by the library or the libraries it brings. */
public final class LogLines {

  /**
   * Text that marks a line from Hibernate Validator (its message codes, its loggers and jboss-logging's
   * default format), SLF4J's own warnings, or the schema validator's loggers.
   */
  private static final List<String> MARKS =
      List.of("HV0", "org.hibernate", "o.h.v.", "SLF4J", "com.networknt", "c.n.s.", "org.safeguarding.review.");

  private LogLines() {}

  /** Whether {@code line} was written by the library or a library it brings. */
  public static boolean fromTheLibraries(String line) {
    return MARKS.stream().anyMatch(line::contains);
  }
}
