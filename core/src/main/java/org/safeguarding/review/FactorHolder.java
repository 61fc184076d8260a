package org.safeguarding.review;

import java.util.Optional;

/**
 * Who holds a risk factor, as the children in need census tells holders apart: the child, a parent
 * or carer, or another person in the child's household. It follows from where a {@link RiskFactor}
 * is written, so documents never give it.
 */
public enum FactorHolder {
  /** The child: a subject or a group of children (census suffix A). */
  CHILD("A"),
  /** A parent or carer of the child (census suffix B). */
  PARENT_OR_CARER("B"),
  /** Another person living in the child's household (census suffix C). */
  HOUSEHOLD_MEMBER("C"),
  /** Someone outside the household who is not a parent or carer: the census has no code. */
  OUTSIDE_HOUSEHOLD(null);

  private final String suffix;

  FactorHolder(String suffix) {
    this.suffix = suffix;
  }

  /** {@return the census's suffix for this holder, or empty when the census codes no such holder} */
  public Optional<String> getSuffix() {
    return Optional.ofNullable(suffix);
  }

  /**
   * {@return who holds a family member's factors: a parent or carer by role, else a member of the
   * household when the document says they live in it}
   *
   * @param member the family member
   */
  public static FactorHolder of(FamilyMember member) {
    if (member.getRole().isParentOrCarer()) {
      return PARENT_OR_CARER;
    }
    return member.getInHousehold().orElse(false) ? HOUSEHOLD_MEMBER : OUTSIDE_HOUSEHOLD;
  }
}
