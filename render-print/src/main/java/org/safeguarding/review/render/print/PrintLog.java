package org.safeguarding.review.render.print;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where openhtmltopdf's messages go: its warnings and errors to {@code java.util.logging} under
 * openhtmltopdf's own logger names, configured as the application configures logging; its
 * progress messages nowhere. Left alone, openhtmltopdf writes every progress message to standard
 * error itself. openhtmltopdf has one logger for the whole JVM, so installing this one is for all
 * its users in the JVM; an application that wants another installs its own after the first PDF.
 */
final class PrintLog implements XRLogger {

  private static final PrintLog INSTANCE = new PrintLog();

  private PrintLog() {}

  /** Installs this logger, once. */
  static void install() {
    if (!(XRLog.getLoggerImpl() instanceof PrintLog)) {
      XRLog.setLoggerImpl(INSTANCE);
    }
  }

  @Override
  public void log(String where, Level level, String message) {
    if (reported(level)) {
      Logger.getLogger(where).log(level, message);
    }
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    if (reported(level)) {
      Logger.getLogger(where).log(level, message, error);
    }
  }

  @Override
  public void setLevel(String where, Level level) {
    // The application's logging configuration decides levels.
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return reported(diagnostic.getLevel());
  }

  private static boolean reported(Level level) {
    return level.intValue() >= Level.WARNING.intValue();
  }
}
