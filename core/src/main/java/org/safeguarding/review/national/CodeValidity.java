package org.safeguarding.review.national;

/** Whether a national code is in use, as far as the list's sources say. */
public enum CodeValidity {
  /** In use in the list's latest year. */
  CURRENT,
  /** No longer to be used: read in older data, never to be written in new returns. */
  WITHDRAWN,
  /** The code is confirmed but its wording is not: the label is the best reading of the sources. */
  UNCONFIRMED
}
