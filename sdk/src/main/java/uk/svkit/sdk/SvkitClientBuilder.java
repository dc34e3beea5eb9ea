package uk.svkit.sdk;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import uk.svkit.sdk.implementation.HttpPipeline;
import uk.svkit.sdk.implementation.JsonMapper;
import uk.svkit.sdk.implementation.Sleeper;
import uk.svkit.sdk.implementation.TokenCache;
import uk.svkit.sdk.implementation.Urls;
import uk.svkit.sdk.implementation.UserAgent;

/**
 * Configures and creates {@link SvkitClient}s. Only {@link #endpoint(String)} is required; a client
 * built without a credential makes anonymous calls, which the public operations (directory
 * searches, Open Referral UK reads, places) accept and every other operation answers with {@link
 * uk.svkit.sdk.exception.AuthenticationException}:
 *
 * <pre>{@code
 * SvkitClient client = new SvkitClientBuilder()
 *     .endpoint("https://svkit.example.org")
 *     .credential(System.getenv("SVKIT_TOKEN"))
 *     .build();
 * }</pre>
 *
 * <p>Setters validate their argument at once; {@link #build()} checks that the settings are
 * complete and consistent. A builder is not thread-safe but may build several clients.
 */
public final class SvkitClientBuilder {

  private static final System.Logger LOG = System.getLogger("uk.svkit.sdk");
  private static final int MAX_APPLICATION_ID_LENGTH = 24;
  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(60);

  private URI endpoint;
  private TokenCredential credential;
  private String staticToken;
  private Duration connectTimeout;
  private Duration responseTimeout;
  private RetryPolicy retryPolicy;
  private Integer maxRetries;
  private String applicationId;
  private Client httpClient;
  private Sleeper sleeper = Sleeper.SYSTEM;
  private Clock clock = Clock.systemUTC();
  private SvkitServiceVersion serviceVersion = SvkitServiceVersion.getLatest();

  /** Creates a builder with default settings. */
  public SvkitClientBuilder() {}

  /**
   * Sets the server's base URL, such as {@code https://svkit.example.org} or {@code
   * http://localhost:9080}; the SDK appends {@code /api/v1} itself.
   *
   * @param endpoint the base URL
   * @return this builder
   * @throws NullPointerException if {@code endpoint} is {@code null}
   * @throws IllegalArgumentException if it is not an absolute http(s) URL without query, fragment
   *     or user info, or already ends with {@code /api/v1}
   */
  public SvkitClientBuilder endpoint(String endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    URI uri;
    try {
      uri = URI.create(endpoint.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("endpoint is not a valid URL: " + endpoint, e);
    }
    return endpoint(uri);
  }

  /**
   * Sets the server's base URL; see {@link #endpoint(String)}.
   *
   * @param endpoint the base URL
   * @return this builder
   * @throws NullPointerException if {@code endpoint} is {@code null}
   * @throws IllegalArgumentException if it is not an absolute http(s) URL without query, fragment
   *     or user info, or already ends with {@code /api/v1}
   */
  public SvkitClientBuilder endpoint(URI endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    String scheme = endpoint.getScheme();
    if (!endpoint.isAbsolute()
        || endpoint.isOpaque()
        || endpoint.getHost() == null
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException(
          "endpoint must be an absolute http(s) URL such as"
              + " https://svkit.example.org, was: "
              + endpoint);
    }
    if (endpoint.getRawQuery() != null
        || endpoint.getRawFragment() != null
        || endpoint.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "endpoint must not contain a query, fragment or" + " user info, was: " + endpoint);
    }
    String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.endsWith(Urls.API_PATH)) {
      throw new IllegalArgumentException(
          "endpoint must be the server's base URL without "
              + Urls.API_PATH
              + " (the SDK appends it), was: "
              + endpoint);
    }
    this.endpoint = endpoint;
    return this;
  }

  /**
   * Authenticates with a fixed bearer token (JWT). The SDK cannot renew it: once it expires calls
   * fail with {@link uk.svkit.sdk.exception.AuthenticationException}. Prefer {@link
   * #credential(TokenCredential)} for long-running processes. Replaces an earlier credential.
   *
   * @param token the bearer token, without the {@code Bearer } prefix
   * @return this builder
   * @throws NullPointerException if {@code token} is {@code null}
   * @throws IllegalArgumentException if {@code token} is blank
   */
  public SvkitClientBuilder credential(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    this.staticToken = token;
    this.credential = null;
    return this;
  }

  /**
   * Authenticates with tokens from a supplier, refreshed 30 seconds before they expire. Replaces an
   * earlier credential.
   *
   * @param credential the token supplier
   * @return this builder
   * @throws NullPointerException if {@code credential} is {@code null}
   */
  public SvkitClientBuilder credential(TokenCredential credential) {
    this.credential = Objects.requireNonNull(credential, "credential");
    this.staticToken = null;
    return this;
  }

  /**
   * Pins the API version the client speaks; by default the latest this SDK knows ({@link
   * SvkitServiceVersion#getLatest()}).
   *
   * @param serviceVersion the version
   * @return this builder
   * @throws NullPointerException if {@code serviceVersion} is {@code null}
   */
  public SvkitClientBuilder serviceVersion(SvkitServiceVersion serviceVersion) {
    this.serviceVersion = Objects.requireNonNull(serviceVersion, "serviceVersion");
    return this;
  }

  /**
   * Sets how long to wait for a TCP connection. Default 10 s.
   *
   * @param connectTimeout a positive duration
   * @return this builder
   * @throws NullPointerException if {@code connectTimeout} is {@code null}
   * @throws IllegalArgumentException if not positive
   */
  public SvkitClientBuilder connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    return this;
  }

  /**
   * Sets how long to wait for response data once connected (a read timeout, per attempt). Default
   * 60 s. {@link RequestOptions.Builder#timeout(Duration)} can shorten one call.
   *
   * @param responseTimeout a positive duration
   * @return this builder
   * @throws NullPointerException if {@code responseTimeout} is {@code null}
   * @throws IllegalArgumentException if not positive
   */
  public SvkitClientBuilder responseTimeout(Duration responseTimeout) {
    this.responseTimeout = positive(responseTimeout, "responseTimeout");
    return this;
  }

  /**
   * Sets the retry policy. Default {@link RetryPolicy#defaultPolicy()}.
   *
   * @param retryPolicy the policy
   * @return this builder
   * @throws NullPointerException if {@code retryPolicy} is {@code null}
   */
  public SvkitClientBuilder retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return this;
  }

  /**
   * Sets the number of retries of the default policy; shorthand for {@code
   * retryPolicy(RetryPolicy.builder().maxRetries(n).build())}.
   *
   * @param maxRetries 0 or more; default 2
   * @return this builder
   * @throws IllegalArgumentException if negative
   */
  public SvkitClientBuilder maxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
    }
    this.maxRetries = maxRetries;
    return this;
  }

  /**
   * Identifies your application in the {@code User-Agent} header, which helps the service operator
   * tell integrations apart.
   *
   * @param applicationId up to 24 characters, no whitespace, such as {@code acme-etender}
   * @return this builder
   * @throws NullPointerException if {@code applicationId} is {@code null}
   * @throws IllegalArgumentException if empty, longer than 24 characters or containing whitespace
   *     or control characters
   */
  public SvkitClientBuilder applicationId(String applicationId) {
    Objects.requireNonNull(applicationId, "applicationId");
    if (applicationId.isEmpty()
        || applicationId.length() > MAX_APPLICATION_ID_LENGTH
        || !applicationId.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(
          "applicationId must be 1 to "
              + MAX_APPLICATION_ID_LENGTH
              + " printable ASCII characters without spaces,"
              + " was: '"
              + applicationId
              + "'");
    }
    this.applicationId = applicationId;
    return this;
  }

  /**
   * Uses a JAX-RS client you configured (proxy, TLS, connection pool, a server's managed client).
   * The SDK does not close it. Timeouts then come from that client, so {@link #connectTimeout} and
   * {@link #responseTimeout} must not be set.
   *
   * @param httpClient the JAX-RS client
   * @return this builder
   * @throws NullPointerException if {@code httpClient} is {@code null}
   */
  public SvkitClientBuilder httpClient(Client httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return this;
  }

  /** Test hook: replaces real sleeping between retries. */
  SvkitClientBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** Test hook: the clock for token expiry and {@code Retry-After} dates. */
  SvkitClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Creates a client from the current settings.
   *
   * @return a new client; close it when done
   * @throws IllegalStateException if the endpoint or credential is missing, settings conflict, or
   *     no JAX-RS client or JSON-B implementation is available
   */
  public SvkitClient build() {
    if (endpoint == null) {
      throw new IllegalStateException(
          "endpoint is required: call"
              + " endpoint(\"https://svkit.example.org\") with the server's base URL"
              + " (the SDK appends "
              + Urls.API_PATH
              + ")");
    }
    if (retryPolicy != null && maxRetries != null) {
      throw new IllegalStateException(
          "set either retryPolicy(...) or maxRetries(...), not"
              + " both: use RetryPolicy.builder().maxRetries(n) to combine them");
    }
    if (httpClient != null && (connectTimeout != null || responseTimeout != null)) {
      throw new IllegalStateException(
          "connectTimeout/responseTimeout cannot be applied to"
              + " a caller-supplied httpClient: configure them on your ClientBuilder, or use"
              + " RequestOptions.timeout(...) per call");
    }
    RetryPolicy policy =
        retryPolicy != null
            ? retryPolicy
            : maxRetries != null
                ? RetryPolicy.builder().maxRetries(maxRetries).build()
                : RetryPolicy.defaultPolicy();
    TokenCache tokens =
        staticToken != null
            ? TokenCache.ofStatic(staticToken)
            : credential != null ? new TokenCache(credential, clock) : TokenCache.anonymous();
    JsonMapper json = new JsonMapper();
    Client client = httpClient != null ? httpClient : newJaxRsClient(json);
    warnIfPlainHttp();
    HttpPipeline pipeline =
        new HttpPipeline(
            client,
            httpClient == null,
            Urls.apiBase(endpoint, "/api/" + serviceVersion.getVersion()),
            tokens,
            policy,
            sleeper,
            clock,
            UserAgent.build(applicationId),
            json);
    return new SvkitClient(pipeline, endpoint, serviceVersion);
  }

  private Client newJaxRsClient(JsonMapper json) {
    Duration connect = connectTimeout != null ? connectTimeout : DEFAULT_CONNECT_TIMEOUT;
    Duration read = responseTimeout != null ? responseTimeout : DEFAULT_RESPONSE_TIMEOUT;
    try {
      return ClientBuilder.newBuilder()
          .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
          .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS)
          .build();
    } catch (RuntimeException | LinkageError e) {
      json.close();
      throw new IllegalStateException(
          "No JAX-RS client implementation found. In plain Java"
              + " SE keep the SDK's default dependencies (jersey-client, jersey-hk2);"
              + " inside a Jakarta EE server enable its RESTful Web Services feature.",
          e);
    }
  }

  /** Bearer tokens over plain HTTP are readable on the wire; fine only on this machine. */
  private void warnIfPlainHttp() {
    if (!"http".equalsIgnoreCase(endpoint.getScheme())) {
      return;
    }
    boolean loopback;
    try {
      loopback =
          "localhost".equalsIgnoreCase(endpoint.getHost())
              || InetAddress.getByName(endpoint.getHost()).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      loopback = false;
    }
    if (!loopback) {
      LOG.log(
          Level.WARNING,
          "endpoint {0} uses plain http: access tokens are sent" + " unencrypted; use https",
          endpoint);
    }
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
    return d;
  }
}
