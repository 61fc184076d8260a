package org.safeguarding.review.national;

import java.util.Optional;

/**
 * One entry of a national code list: its code and label as the list gives them, whether it is in
 * use, and, for an entry no model value stands for, why.
 *
 * @param list the list the code belongs to
 * @param code the code, such as {@code 1B} or {@code NEG}; for a list without codes, its label
 * @param label the list's wording
 * @param validity whether the code is in use
 * @param notPlaced why no model value stands for the code, or empty when one does
 */
public record NationalCode(CodeList list, String code, String label, CodeValidity validity, Optional<String> notPlaced) {

  /** {@return the code and its label, such as "NEG (Neglect)"} */
  @Override
  public String toString() {
    return code.equals(label) ? code : code + " (" + label + ")";
  }
}
