package uk.svkit.sdk.models;

/**
 * Something in a bid the evaluation draws attention to, such as a question whose evaluators
 * disagree; see {@link BidFlagCode}.
 */
public final class BidFlag {

  private String code;
  private String questionKey;
  private String detail;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected BidFlag() {}

  /**
   * Returns what the flag is about.
   *
   * @return the code, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public BidFlagCode getCode() {
    return code == null || code.isBlank() ? null : BidFlagCode.fromString(code);
  }

  /**
   * Returns the question the flag concerns.
   *
   * @return the question key, or {@code null} if it concerns the whole bid
   */
  public String getQuestionKey() {
    return questionKey;
  }

  /**
   * Returns the service's explanation.
   *
   * @return the detail
   */
  public String getDetail() {
    return detail;
  }

  @Override
  public String toString() {
    return "BidFlag{code="
        + code
        + (questionKey == null ? "" : ", questionKey=" + questionKey)
        + ", detail="
        + detail
        + '}';
  }
}
