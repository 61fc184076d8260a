package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;

/**
 * A child's disability as the children in need census codes it (a child may have several). Special
 * category data: held only in a document that is not for publication.
 */
public enum Disability implements DefinedValue {
  /** No disability (census NONE). */
  @Coded(list = CodeList.CIN_DISABILITY, code = "NONE")
  NONE("No disability"),
  /** Mobility (census MOB). */
  @Coded(list = CodeList.CIN_DISABILITY, code = "MOB")
  MOBILITY("Mobility"),
  /** Hand function (census HAND). */
  @Coded(list = CodeList.CIN_DISABILITY, code = "HAND")
  HAND_FUNCTION("Hand function"),
  /** Personal care (census PC). */
  @Coded(list = CodeList.CIN_DISABILITY, code = "PC")
  PERSONAL_CARE("Personal care"),
  /** Incontinence (census INC). */
  @Coded(list = CodeList.CIN_DISABILITY, code = "INC")
  INCONTINENCE("Incontinence"),
  /** Communication (census COMM). */
  @Coded(list = CodeList.CIN_DISABILITY, code = "COMM")
  COMMUNICATION("Communication"),
  /** Learning (census LD). */
  @Coded(list = CodeList.CIN_DISABILITY, code = "LD")
  LEARNING("Learning"),
  /** Hearing (census HEAR). */
  @Coded(list = CodeList.CIN_DISABILITY, code = "HEAR")
  HEARING("Hearing"),
  /** Vision (census VIS). */
  @Coded(list = CodeList.CIN_DISABILITY, code = "VIS")
  VISION("Vision"),
  /** Behaviour (census BEH). */
  @Coded(list = CodeList.CIN_DISABILITY, code = "BEH")
  BEHAVIOUR("Behaviour"),
  /** Consciousness (census CON). */
  @Coded(list = CodeList.CIN_DISABILITY, code = "CON")
  CONSCIOUSNESS("Consciousness"),
  /** Autism (census AUT). */
  @Coded(list = CodeList.CIN_DISABILITY, code = "AUT")
  AUTISM("Autism"),
  /** Other (census DDA). */
  @Coded(list = CodeList.CIN_DISABILITY, code = "DDA")
  OTHER("Other");

  private final String label;

  Disability(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Disability_.definition(this);
  }
}
