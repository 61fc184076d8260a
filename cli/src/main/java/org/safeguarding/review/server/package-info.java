/**
 * {@code srm serve}: srm's verdicts over HTTP, on Jetty's core API. The routes, the limits and the
 * problem details live here; what a verdict is, and how a report is written, is the command
 * line's ({@link org.safeguarding.review.server.Verdicts}, which the CLI implements), so that the
 * service and {@code srm validate} cannot disagree. This package imports nothing of the CLI's.
 */
package org.safeguarding.review.server;
