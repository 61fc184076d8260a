package org.safeguarding.review.metadata;

/** How many values a {@link ModelProperty} holds. */
public enum Cardinality {
  /** Exactly one value; the property is required. */
  ONE,
  /** One value or none ({@link java.util.Optional}). */
  OPTIONAL,
  /** A list of values ({@link java.util.List}), which may be required to have items. */
  LIST
}
