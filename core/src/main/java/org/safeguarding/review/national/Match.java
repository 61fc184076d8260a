package org.safeguarding.review.national;

/** How closely a model value and a national code agree. */
public enum Match {
  /** The same concept at the same grain: either can be written for the other. */
  EXACT,
  /**
   * The same concept at a different grain: the model value is broader or narrower than the code
   * (the crosswalk's note says how), so joining needs care.
   */
  CLOSE
}
