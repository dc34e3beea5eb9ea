package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An assessor's decision, for {@code RecognitionsClient.decideAwardApplication}. Immutable; build
 * with {@link #builder(Boolean, String)}.
 *
 * @since 0.1.0
 */
public final class DecideAwardApplicationOptions {

  private final Boolean awarded;
  private final String reasons;
  private final LocalDate decidedOn;

  private DecideAwardApplicationOptions(Builder b) {
    this.awarded = b.awarded;
    this.reasons = b.reasons;
    this.decidedOn = b.decidedOn;
  }

  /**
   * Starts a builder.
   *
   * @param awarded whether the award is made
   * @param reasons the reasons
   * @return a new builder
   * @throws NullPointerException if a required argument is {@code null}
   */
  public static Builder builder(Boolean awarded, String reasons) {
    return new Builder(awarded, reasons);
  }

  /**
   * Returns whether the award is made.
   *
   * @return the value, or {@code null} if not set
   */
  public Boolean getAwarded() {
    return awarded;
  }

  /**
   * Returns the reasons.
   *
   * @return the value, or {@code null} if not set
   */
  public String getReasons() {
    return reasons;
  }

  /**
   * Returns the decision date, from which an award runs (default today; may be earlier to record a
   * decision taken before; never in the future).
   *
   * @return the value, or {@code null} if not set
   */
  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  /** Builder for {@link DecideAwardApplicationOptions}; not thread-safe. */
  public static final class Builder {

    private Boolean awarded;
    private String reasons;
    private LocalDate decidedOn;

    private Builder(Boolean awarded, String reasons) {
      this.awarded = Objects.requireNonNull(awarded, "awarded");
      this.reasons = Objects.requireNonNull(reasons, "reasons");
    }

    /**
     * Sets the decision date, from which an award runs (default today; may be earlier to record a
     * decision taken before; never in the future).
     *
     * @param decidedOn the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder decidedOn(LocalDate decidedOn) {
      this.decidedOn = decidedOn;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public DecideAwardApplicationOptions build() {
      return new DecideAwardApplicationOptions(this);
    }
  }
}
