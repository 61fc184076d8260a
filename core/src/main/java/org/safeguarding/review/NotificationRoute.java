package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;

/**
 * Why the Child Safeguarding Practice Review Panel was notified, as the notification system takes
 * it.
 */
public enum NotificationRoute implements DefinedValue {
  /**
   * Abuse or neglect of a child is known or suspected and the child died or was seriously harmed
   * (Children Act 2004 s16C).
   */
  @Coded(list = CodeList.SIN_ROUTE, code = "Serious child safeguarding incident")
  SERIOUS_INCIDENT("Serious child safeguarding incident"),
  /** A looked after child died, whether or not abuse or neglect is known or suspected. */
  @Coded(list = CodeList.SIN_ROUTE, code = "Death of a looked after child")
  DEATH_OF_LOOKED_AFTER_CHILD("Death of a looked after child"),
  /** A care leaver up to and including the age of 24 died. */
  @Coded(list = CodeList.SIN_ROUTE, code = "Death of a care leaver")
  DEATH_OF_CARE_LEAVER("Death of a care leaver");

  private final String label;

  NotificationRoute(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return NotificationRoute_.definition(this);
  }
}
