package org.safeguarding.review.timescale;

/** How firmly a timescale rests on its source. */
public enum Confirmation {
  /** Seen in a published statute, regulation or official guidance. */
  CONFIRMED,
  /** Widely known and used, but not confirmed from a source: treat the result as a prompt. */
  ASSUMED
}
