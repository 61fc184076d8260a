package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;

/**
 * A child's ethnicity as the children in need census and the SSDA903 return code it. Special
 * category data: held only in a document that is not for publication.
 */
public enum Ethnicity implements DefinedValue {
  /** White British (census WBRI). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "WBRI")
  WHITE_BRITISH("White British"),
  /** White Irish (census WIRI). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "WIRI")
  WHITE_IRISH("White Irish"),
  /** Traveller of Irish heritage (census WIRT). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "WIRT")
  TRAVELLER_OF_IRISH_HERITAGE("Traveller of Irish heritage"),
  /** Any other White background (census WOTH). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "WOTH")
  WHITE_OTHER("Any other White background"),
  /** Gypsy/Roma (census WROM). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "WROM")
  GYPSY_ROMA("Gypsy/Roma"),
  /** White and Black Caribbean (census MWBC). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "MWBC")
  WHITE_AND_BLACK_CARIBBEAN("White and Black Caribbean"),
  /** White and Black African (census MWBA). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "MWBA")
  WHITE_AND_BLACK_AFRICAN("White and Black African"),
  /** White and Asian (census MWAS). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "MWAS")
  WHITE_AND_ASIAN("White and Asian"),
  /** Any other mixed background (census MOTH). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "MOTH")
  MIXED_OTHER("Any other mixed background"),
  /** Indian (census AIND). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "AIND")
  INDIAN("Indian"),
  /** Pakistani (census APKN). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "APKN")
  PAKISTANI("Pakistani"),
  /** Bangladeshi (census ABAN). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "ABAN")
  BANGLADESHI("Bangladeshi"),
  /** Any other Asian background (census AOTH). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "AOTH")
  ASIAN_OTHER("Any other Asian background"),
  /** Caribbean (census BCRB). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "BCRB")
  CARIBBEAN("Caribbean"),
  /** African (census BAFR). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "BAFR")
  AFRICAN("African"),
  /** Any other Black background (census BOTH). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "BOTH")
  BLACK_OTHER("Any other Black background"),
  /** Chinese (census CHNE). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "CHNE")
  CHINESE("Chinese"),
  /** Any other ethnic group (census OOTH). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "OOTH")
  OTHER_ETHNIC_GROUP("Any other ethnic group"),
  /** Refused (census REFU). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "REFU")
  REFUSED("Refused"),
  /** Information not yet obtained (census NOBT). */
  @Coded(list = CodeList.CIN_ETHNICITY, code = "NOBT")
  NOT_YET_OBTAINED("Information not yet obtained");

  private final String label;

  Ethnicity(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Ethnicity_.definition(this);
  }
}
