package uk.svkit.sdk.models;

import java.util.Objects;

/**
 * What an anchor signatory commits to under one pillar or principle, for {@link
 * SignProgrammeOptions}. Immutable.
 *
 * @since 0.1.0
 */
public final class SignatureCommitmentInput {

  private final String elementCode;
  private final String commitment;
  private final String indicatorCode;

  private SignatureCommitmentInput(String elementCode, String commitment, String indicatorCode) {
    this.elementCode = Objects.requireNonNull(elementCode, "elementCode");
    this.commitment = Objects.requireNonNull(commitment, "commitment");
    this.indicatorCode = indicatorCode;
  }

  /**
   * Creates a commitment.
   *
   * @param elementCode the pillar or principle, such as {@code P1}
   * @param commitment what the organisation commits to
   * @param indicatorCode the KPI tracking indicator that shows progress, such as {@code LM-SUP-01},
   *     or {@code null}
   * @return the commitment
   * @throws NullPointerException if {@code elementCode} or {@code commitment} is {@code null}
   */
  public static SignatureCommitmentInput of(
      String elementCode, String commitment, String indicatorCode) {
    return new SignatureCommitmentInput(elementCode, commitment, indicatorCode);
  }

  /**
   * Returns the pillar or principle.
   *
   * @return its code
   */
  public String getElementCode() {
    return elementCode;
  }

  /**
   * Returns the commitment.
   *
   * @return the text
   */
  public String getCommitment() {
    return commitment;
  }

  /**
   * Returns the KPI tracking indicator.
   *
   * @return its code, or {@code null}
   */
  public String getIndicatorCode() {
    return indicatorCode;
  }
}
