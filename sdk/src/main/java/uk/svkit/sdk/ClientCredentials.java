package uk.svkit.sdk;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.svkit.sdk.exception.SvkitException;

/**
 * A {@link TokenCredential} for a back end calling svkit as itself: the OAuth 2.0
 * client-credentials grant (RFC 6749 section 4.4) against your identity provider's token endpoint,
 * the client authenticating with HTTP Basic (section 2.3.1). The token is cached and reused until
 * shortly before it expires (a minute, or half its lifetime if that is shorter), so one instance
 * may be shared by several clients and threads; concurrent callers wait for one token request.
 *
 * <pre>{@code
 * TokenCredential credential = ClientCredentials.builder()
 *     .tokenEndpoint(URI.create("https://login.example.gov.uk/realms/svkit/protocol/openid-connect/token"))
 *     .clientId("supplier-system")
 *     .clientSecret(System.getenv("SVKIT_CLIENT_SECRET"))
 *     .build();
 * SvkitClient client = SvkitClient.builder().endpoint(svkitUrl).credential(credential).build();
 * }</pre>
 *
 * <p>For Microsoft Entra ID the token endpoint is {@code
 * https://login.microsoftonline.com/TENANT/oauth2/v2.0/token} and the scope {@code
 * api://SVKIT-APP-ID/.default}.
 */
public final class ClientCredentials implements TokenCredential {

  private static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

  private final URI tokenEndpoint;
  private final String authorization;
  private final String form;
  private final Duration timeout;
  private final HttpClient http;
  private final Clock clock;
  private AccessToken cached;
  private Instant refreshAt = Instant.MIN;

  private ClientCredentials(Builder builder) {
    this.tokenEndpoint = Objects.requireNonNull(builder.tokenEndpoint, "tokenEndpoint");
    String clientId = Objects.requireNonNull(builder.clientId, "clientId");
    String clientSecret = Objects.requireNonNull(builder.clientSecret, "clientSecret");
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (formEncode(clientId) + ":" + formEncode(clientSecret))
                        .getBytes(StandardCharsets.UTF_8));
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("grant_type", "client_credentials");
    if (builder.scope != null) {
      parameters.put("scope", builder.scope);
    }
    if (builder.audience != null) {
      parameters.put("audience", builder.audience);
    }
    this.form =
        parameters.entrySet().stream()
            .map(e -> formEncode(e.getKey()) + "=" + formEncode(e.getValue()))
            .collect(Collectors.joining("&"));
    this.timeout = builder.timeout;
    this.clock = builder.clock;
    this.http = HttpClient.newBuilder().connectTimeout(builder.timeout).build();
  }

  /**
   * Starts a client-credentials credential.
   *
   * @return a builder; token endpoint, client id and secret are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the cached token while it has more than the refresh margin left, else asks the token
   * endpoint for a new one.
   *
   * @throws SvkitException if the endpoint cannot be reached or refuses (its OAuth {@code error}
   *     and {@code error_description} are in the message; the secret never is)
   */
  @Override
  public synchronized AccessToken getToken() {
    Instant now = clock.instant();
    if (cached != null && now.isBefore(refreshAt)) {
      return cached;
    }
    Map<String, Object> answer = requestToken();
    Object token = answer.get("access_token");
    Object expiresIn = answer.get("expires_in");
    if (!(token instanceof String value) || value.isBlank()) {
      throw new SvkitException("The token endpoint " + tokenEndpoint + " returned no access_token");
    }
    long seconds;
    try {
      seconds = expiresIn == null ? 0 : new java.math.BigDecimal(expiresIn.toString()).longValue();
    } catch (NumberFormatException e) {
      seconds = 0;
    }
    if (seconds <= 0) {
      throw new SvkitException(
          "The token endpoint " + tokenEndpoint + " returned no positive expires_in");
    }
    Duration lifetime = Duration.ofSeconds(seconds);
    Duration margin =
        lifetime.dividedBy(2).compareTo(REFRESH_MARGIN) < 0
            ? lifetime.dividedBy(2)
            : REFRESH_MARGIN;
    cached = new AccessToken(value, now.plus(lifetime));
    refreshAt = now.plus(lifetime).minus(margin);
    return cached;
  }

  private Map<String, Object> requestToken() {
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .timeout(timeout)
            .header("Authorization", authorization)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SvkitException(
          "The token endpoint " + tokenEndpoint + " could not be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SvkitException("Interrupted while asking " + tokenEndpoint + " for a token", e);
    }
    Map<String, Object> body = parse(response.body());
    if (response.statusCode() != 200) {
      throw new SvkitException(
          "The token endpoint "
              + tokenEndpoint
              + " answered "
              + response.statusCode()
              + (body.containsKey("error") ? " " + body.get("error") : "")
              + (body.containsKey("error_description")
                  ? ": " + body.get("error_description")
                  : ""));
    }
    return body;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String body) {
    if (body == null || body.isBlank()) {
      return Map.of();
    }
    try (Jsonb jsonb = JsonbBuilder.create()) {
      Object parsed = jsonb.fromJson(body, Object.class);
      return parsed instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    } catch (JsonbException e) {
      return Map.of();
    } catch (Exception e) {
      throw new SvkitException("Could not read the token endpoint's answer", e);
    }
  }

  private static String formEncode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ClientCredentials[" + tokenEndpoint + "]";
  }

  /** Builds a {@link ClientCredentials}. Not thread-safe; the built credential is. */
  public static final class Builder {
    private URI tokenEndpoint;
    private String clientId;
    private String clientSecret;
    private String scope;
    private String audience;
    private Duration timeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the identity provider's OAuth 2.0 token endpoint.
     *
     * @param tokenEndpoint e.g. {@code https://idp/realms/svkit/protocol/openid-connect/token}
     * @return this builder
     */
    public Builder tokenEndpoint(URI tokenEndpoint) {
      this.tokenEndpoint = tokenEndpoint;
      return this;
    }

    /**
     * Sets the client id registered at the identity provider.
     *
     * @param clientId the client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * Sets the client secret.
     *
     * @param clientSecret the secret; kept only in the {@code Authorization} header value
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * Sets the {@code scope} parameter (optional; Entra ID needs {@code api://APP-ID/.default}).
     *
     * @param scope space-separated scopes
     * @return this builder
     */
    public Builder scope(String scope) {
      this.scope = scope;
      return this;
    }

    /**
     * Sets the {@code audience} parameter, for identity providers that take the API's audience this
     * way (optional; Keycloak adds the audience with a mapper instead).
     *
     * @param audience the audience svkit is configured to require
     * @return this builder
     */
    public Builder audience(String audience) {
      this.audience = audience;
      return this;
    }

    /**
     * Sets the connect and response timeout of a token request (default 30 seconds).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /** For tests: the clock expiry is reckoned by. */
    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the credential. No request is made until the first token is needed.
     *
     * @return the credential
     * @throws NullPointerException if the token endpoint, client id or secret is missing
     */
    public ClientCredentials build() {
      return new ClientCredentials(this);
    }
  }
}
