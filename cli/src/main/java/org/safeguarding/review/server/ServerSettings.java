package org.safeguarding.review.server;

import java.time.Duration;
import org.safeguarding.review.json.ReadLimits;

/**
 * How {@code srm serve} listens and what it allows.
 *
 * @param bind the address to listen on, such as {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the port, or 0 for any free one
 * @param maxRequests the requests checked at once; more are refused with 429
 * @param requestTimeout the time a request may take; a slower one ends with 503
 * @param ceiling the highest reading limits a request may ask for, and the defaults; a
 *     document's body may hold at most its {@code document-bytes}
 * @param maxBatchBytes the most bytes an NDJSON batch's body may hold
 * @param shutdownGrace how long a stop waits for the requests in flight
 */
public record ServerSettings(
    String bind, int port, int maxRequests, Duration requestTimeout, ReadLimits ceiling, long maxBatchBytes, Duration shutdownGrace) {}
