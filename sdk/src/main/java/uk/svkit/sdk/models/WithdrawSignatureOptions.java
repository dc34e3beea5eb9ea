package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A withdrawal, for {@code RecognitionsClient.withdrawSignature}. Immutable; build with {@link
 * #builder(String)}.
 *
 * @since 0.1.0
 */
public final class WithdrawSignatureOptions {

  private final String reason;
  private final LocalDate withdrawnOn;

  private WithdrawSignatureOptions(Builder b) {
    this.reason = b.reason;
    this.withdrawnOn = b.withdrawnOn;
  }

  /**
   * Starts a builder.
   *
   * @param reason why the signature is withdrawn
   * @return a new builder
   * @throws NullPointerException if a required argument is {@code null}
   */
  public static Builder builder(String reason) {
    return new Builder(reason);
  }

  /**
   * Returns why the signature is withdrawn.
   *
   * @return the value, or {@code null} if not set
   */
  public String getReason() {
    return reason;
  }

  /**
   * Returns the day (default today; never in the future nor before the signature).
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getWithdrawnOn() {
    return withdrawnOn;
  }

  /** Builder for {@link WithdrawSignatureOptions}; not thread-safe. */
  public static final class Builder {

    private String reason;
    private LocalDate withdrawnOn;

    private Builder(String reason) {
      this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Sets the day (default today; never in the future nor before the signature).
     *
     * @param withdrawnOn the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder withdrawnOn(LocalDate withdrawnOn) {
      this.withdrawnOn = withdrawnOn;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public WithdrawSignatureOptions build() {
      return new WithdrawSignatureOptions(this);
    }
  }
}
