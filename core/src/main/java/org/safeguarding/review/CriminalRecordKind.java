package org.safeguarding.review;

/**
 * What a person's criminal-justice history before the events records: a conviction, a caution, a
 * charge, a prosecution or an arrest. What followed the incident itself is the incident's
 * consequence instead.
 */
public enum CriminalRecordKind implements DefinedValue {
  /** A conviction ("a convicted sex offender", "previous convictions for violence"). */
  CONVICTION("Conviction"),
  /** A police caution, reprimand or warning. */
  CAUTION("Caution"),
  /** A charge, whatever came of it. */
  CHARGE("Charge"),
  /** A prosecution, whatever came of it ("previously prosecuted for sexual abuse"). */
  PROSECUTION("Prosecution"),
  /** An arrest, without a charge the document tells of. */
  ARREST("Arrest"),
  /** An allegation or investigation that the document says came to nothing further. */
  ALLEGATION("Allegation or investigation"),
  /** Criminal-justice history the document does not say more of ("known to the police", "an offending history"). */
  NOT_KNOWN("Not known");

  private final String label;

  CriminalRecordKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return CriminalRecordKind_.definition(this);
  }
}
