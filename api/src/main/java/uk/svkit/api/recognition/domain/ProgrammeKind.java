package uk.svkit.api.recognition.domain;

/** What kind of recognition a programme gives: something signed, or an award that is judged. */
public enum ProgrammeKind {
  CHARTER,
  PLEDGE,
  ANCHOR_FRAMEWORK,
  AWARD_SCHEME;

  /** Charters, pledges and frameworks are signed; award schemes are applied for and judged. */
  public boolean isSigned() {
    return this != AWARD_SCHEME;
  }
}
