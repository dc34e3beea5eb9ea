package uk.svkit.sdk.models;

/**
 * What an anchor signatory commits to under one pillar or principle, optionally linked to a KPI
 * tracking indicator.
 *
 * @since 0.1.0
 */
public final class SignatureCommitment {

  private String elementCode;
  private String elementTitle;
  private String commitment;
  private String indicatorCode;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected SignatureCommitment() {}

  /**
   * Returns the pillar or principle's code.
   *
   * @return the code
   */
  public String getElementCode() {
    return elementCode;
  }

  /**
   * Returns the pillar or principle's title.
   *
   * @return the value, or {@code null} if absent
   */
  public String getElementTitle() {
    return elementTitle;
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
   * Returns the KPI tracking indicator (framework measure code) showing progress, such as {@code
   * LM-SUP-01}.
   *
   * @return the value, or {@code null} if absent
   */
  public String getIndicatorCode() {
    return indicatorCode;
  }
}
