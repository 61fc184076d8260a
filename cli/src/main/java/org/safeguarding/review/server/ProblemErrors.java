package org.safeguarding.review.server;

import java.util.Locale;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, such as 400 for a request it cannot parse, or 503 while the
 * service stops, as problem details: the status and its reason, never a stack trace.
 */
final class ProblemErrors extends ErrorHandler {

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    String title = HttpStatus.getMessage(code);
    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    Routes.answer(response, callback, new Problem(code, slug, title, "the request could not be served: " + title.toLowerCase(Locale.ROOT)));
  }
}
