package uk.svkit.sdk;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Per-call settings that override or extend the client's. Immutable; build with {@link #builder()}.
 * {@link #none()} is the empty instance.
 *
 * <pre>{@code
 * RequestOptions options = RequestOptions.builder()
 *     .idempotencyKey("order-2024-0042")
 *     .timeout(Duration.ofSeconds(5))
 *     .header("X-Request-Id", myTraceId)
 *     .build();
 * }</pre>
 */
public final class RequestOptions {

  private static final RequestOptions NONE = builder().build();

  /**
   * Headers the SDK owns; letting callers set them would bypass its safeguards (credential
   * handling, idempotency, optimistic concurrency) or confuse the HTTP stack.
   */
  private static final Set<String> RESERVED_HEADERS =
      Set.of(
          "authorization",
          "idempotency-key",
          "if-match",
          "if-none-match",
          "content-type",
          "content-length",
          "host",
          "connection",
          "transfer-encoding",
          "user-agent");

  static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

  private final String idempotencyKey;
  private final Duration timeout;
  private final Map<String, String> headers;
  private final String ifMatch;
  private final String ifNoneMatch;

  private RequestOptions(Builder b) {
    this.idempotencyKey = b.idempotencyKey;
    this.timeout = b.timeout;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.ifMatch = b.ifMatch;
    this.ifNoneMatch = b.ifNoneMatch;
  }

  /**
   * Returns options that change nothing.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the caller's idempotency key.
   *
   * @return the key, or {@code null} to let the SDK generate one for creating calls
   */
  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  /**
   * Returns the time limit of each attempt.
   *
   * @return the timeout, or {@code null} for the client's response timeout
   */
  public Duration getTimeout() {
    return timeout;
  }

  /**
   * Returns the extra headers.
   *
   * @return an unmodifiable map in insertion order
   */
  public Map<String, String> getHeaders() {
    return headers;
  }

  /**
   * Returns the {@code If-Match} ETag.
   *
   * @return the ETag, or {@code null}
   */
  public String getIfMatch() {
    return ifMatch;
  }

  /**
   * Returns the {@code If-None-Match} ETag.
   *
   * @return the ETag, or {@code null}
   */
  public String getIfNoneMatch() {
    return ifNoneMatch;
  }

  /** Builder for {@link RequestOptions}; not thread-safe. */
  public static final class Builder {

    private String idempotencyKey;
    private Duration timeout;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String ifMatch;
    private String ifNoneMatch;

    private Builder() {}

    /**
     * Sets the {@code Idempotency-Key} of a creating call, replacing the random one the SDK would
     * generate. Use a key derived from your own record (such as an order number) so a retry after a
     * crash of your process is also recognised as a replay. The server keeps keys for 24 hours;
     * replaying a key with a different body fails with a {@link
     * uk.svkit.sdk.exception.BusinessRuleException} of type {@code
     * /problems/idempotency-key-reused}.
     *
     * @param idempotencyKey 1 to 255 characters
     * @return this builder
     * @throws NullPointerException if {@code idempotencyKey} is {@code null}
     * @throws IllegalArgumentException if blank or longer than 255 characters
     */
    public Builder idempotencyKey(String idempotencyKey) {
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
        throw new IllegalArgumentException(
            "idempotencyKey must be 1 to 255 characters and not blank");
      }
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * Limits how long each attempt may take, from sending to receiving the response. On expiry the
     * attempt counts as a connection failure (and is retried when the call is retryable).
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws NullPointerException if {@code timeout} is {@code null}
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Adds a header, replacing an earlier value of the same name. An {@code X-Request-Id} set here
     * replaces the generated one, so callers can propagate their own trace id.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the name is blank or a header the SDK manages ({@code
     *     Authorization}, {@code Idempotency-Key}, {@code If-Match}, {@code If-None-Match}, {@code
     *     Content-Type}, {@code User-Agent}, ...)
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      String lower = name.trim().toLowerCase(Locale.ROOT);
      if (lower.isEmpty()) {
        throw new IllegalArgumentException("header name must not be blank");
      }
      if (RESERVED_HEADERS.contains(lower)) {
        throw new IllegalArgumentException(
            "header "
                + name
                + " is managed by the SDK:"
                + " use the dedicated RequestOptions or client builder setting instead");
      }
      headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name.trim()));
      headers.put(name.trim(), value);
      return this;
    }

    /**
     * Sets {@code If-Match}, making a change conditional on the resource still having this ETag.
     * Operations that require an ETag take it as a parameter instead.
     *
     * @param eTag the ETag as returned by the service, such as {@code "3"}
     * @return this builder
     * @throws NullPointerException if {@code eTag} is {@code null}
     * @throws IllegalArgumentException if blank
     */
    public Builder ifMatch(String eTag) {
      this.ifMatch = nonBlank(eTag, "eTag");
      return this;
    }

    /**
     * Sets {@code If-None-Match} on a read: if the resource still has this ETag the server answers
     * 304 and the {@code ...WithResponse} method returns a {@link Response} with status 304 and a
     * {@code null} value.
     *
     * @param eTag the ETag as returned by the service, such as {@code "3"}
     * @return this builder
     * @throws NullPointerException if {@code eTag} is {@code null}
     * @throws IllegalArgumentException if blank
     */
    public Builder ifNoneMatch(String eTag) {
      this.ifNoneMatch = nonBlank(eTag, "eTag");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static String nonBlank(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
