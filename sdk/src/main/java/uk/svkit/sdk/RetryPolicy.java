package uk.svkit.sdk;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries failed attempts. Immutable.
 *
 * <p>Only transient failures are retried: connection failures and timeouts, and responses 429, 502,
 * 503 and 504. A call is retried only if repeating it is safe: {@code GET}, {@code PUT} and {@code
 * DELETE} always, {@code POST} only with an {@code Idempotency-Key} (which the SDK adds to every
 * creating {@code POST}). The delay before retry <i>n</i> is {@code baseDelay * 2^(n-1)}, capped at
 * {@code maxDelay}, minus up to 25% random jitter; a {@code Retry-After} header from the server
 * replaces it, unless it asks for more than {@code maxRetryAfter}, in which case the error is
 * thrown at once so the caller decides.
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULT = builder().build();

  private final int maxRetries;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.maxRetryAfter = b.maxRetryAfter;
  }

  /**
   * Returns the default policy: 2 retries, 500 ms base delay, 5 s cap, {@code Retry-After} honoured
   * up to 60 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaultPolicy() {
    return DEFAULT;
  }

  /**
   * Returns a policy that never retries.
   *
   * @return a policy with zero retries
   */
  public static RetryPolicy noRetries() {
    return builder().maxRetries(0).build();
  }

  /**
   * Starts a builder initialised with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of retries after the first attempt.
   *
   * @return the maximum retries
   */
  public int getMaxRetries() {
    return maxRetries;
  }

  /**
   * Returns the delay before the first retry.
   *
   * @return the base delay
   */
  public Duration getBaseDelay() {
    return baseDelay;
  }

  /**
   * Returns the cap of the exponential delay.
   *
   * @return the maximum delay
   */
  public Duration getMaxDelay() {
    return maxDelay;
  }

  /**
   * Returns the longest {@code Retry-After} the client waits for.
   *
   * @return the maximum honoured {@code Retry-After}
   */
  public Duration getMaxRetryAfter() {
    return maxRetryAfter;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries="
        + maxRetries
        + ", baseDelay="
        + baseDelay
        + ", maxDelay="
        + maxDelay
        + ", maxRetryAfter="
        + maxRetryAfter
        + '}';
  }

  /** Builder for {@link RetryPolicy}; not thread-safe. */
  public static final class Builder {

    private int maxRetries = 2;
    private Duration baseDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(5);
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    private Builder() {}

    /**
     * Sets the number of retries after the first attempt.
     *
     * @param maxRetries 0 or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the delay before the first retry.
     *
     * @param baseDelay a non-negative duration
     * @return this builder
     * @throws NullPointerException if {@code baseDelay} is {@code null}
     * @throws IllegalArgumentException if negative
     */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = nonNegative(baseDelay, "baseDelay");
      return this;
    }

    /**
     * Sets the cap of the exponential delay.
     *
     * @param maxDelay a non-negative duration
     * @return this builder
     * @throws NullPointerException if {@code maxDelay} is {@code null}
     * @throws IllegalArgumentException if negative
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative(maxDelay, "maxDelay");
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} the client waits for before retrying.
     *
     * @param maxRetryAfter a non-negative duration
     * @return this builder
     * @throws NullPointerException if {@code maxRetryAfter} is {@code null}
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return an immutable policy
     * @throws IllegalStateException if {@code baseDelay} exceeds {@code maxDelay}
     */
    public RetryPolicy build() {
      if (baseDelay.compareTo(maxDelay) > 0) {
        throw new IllegalStateException(
            "baseDelay (" + baseDelay + ") must not exceed maxDelay (" + maxDelay + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + d);
      }
      return d;
    }
  }
}
