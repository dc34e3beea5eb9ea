package uk.svkit.sdk.implementation;

import java.net.URI;
import java.util.Objects;
import uk.svkit.sdk.RequestOptions;

/** One logical API call as the area clients describe it to the {@link HttpPipeline}. */
public final class HttpRequest {

  private final String method;
  private final URI uri;
  private final String jsonBody;
  private final boolean creating;
  private String ifMatch;
  private String bodyType;
  private String accept;
  private RequestOptions options = RequestOptions.none();

  private HttpRequest(String method, URI uri, String jsonBody, boolean creating) {
    this.method = method;
    this.uri = Objects.requireNonNull(uri, "uri");
    this.jsonBody = jsonBody;
    this.creating = creating;
  }

  /** A read. */
  public static HttpRequest get(URI uri) {
    return new HttpRequest("GET", uri, null, false);
  }

  /**
   * A {@code POST}. A creating POST gets an automatic {@code Idempotency-Key}, which makes it safe
   * to retry; any other POST is retried only if the caller supplies a key.
   */
  public static HttpRequest post(URI uri, String jsonBody, boolean creating) {
    return new HttpRequest("POST", uri, jsonBody, creating);
  }

  /** A full replacement. */
  public static HttpRequest put(URI uri, String jsonBody) {
    return new HttpRequest("PUT", uri, jsonBody, false);
  }

  /** A deletion. */
  public static HttpRequest delete(URI uri) {
    return new HttpRequest("DELETE", uri, null, false);
  }

  /**
   * Sets the {@code If-Match} an operation requires.
   *
   * @throws IllegalArgumentException if the request options carry a different {@code If-Match}
   */
  public HttpRequest ifMatch(String eTag) {
    this.ifMatch = ETags.normalise(eTag);
    checkIfMatchConsistent();
    return this;
  }

  /** Sends the body as this media type (such as {@code text/csv}) instead of JSON. */
  public HttpRequest bodyType(String mediaType) {
    this.bodyType = Objects.requireNonNull(mediaType, "mediaType");
    return this;
  }

  /** The media type of the body, or {@code null} for JSON. */
  public String bodyType() {
    return bodyType;
  }

  /**
   * Asks for this media type (such as {@code text/csv}) instead of JSON; problem documents are
   * still accepted, so errors keep their detail.
   */
  public HttpRequest accept(String mediaType) {
    this.accept = Objects.requireNonNull(mediaType, "mediaType");
    return this;
  }

  /** The media type asked for, or {@code null} for JSON. */
  public String accept() {
    return accept;
  }

  /** Applies the caller's per-request options; {@code null} means none. */
  public HttpRequest options(RequestOptions requestOptions) {
    this.options = requestOptions == null ? RequestOptions.none() : requestOptions;
    checkIfMatchConsistent();
    return this;
  }

  private void checkIfMatchConsistent() {
    String fromOptions = options.getIfMatch();
    if (ifMatch != null && fromOptions != null && !ifMatch.equals(ETags.normalise(fromOptions))) {
      throw new IllegalArgumentException(
          "RequestOptions.ifMatch ("
              + fromOptions
              + ") contradicts the ETag passed to the operation ("
              + ifMatch
              + ")");
    }
  }

  public String method() {
    return method;
  }

  public URI uri() {
    return uri;
  }

  public String jsonBody() {
    return jsonBody;
  }

  public boolean creating() {
    return creating;
  }

  /** The effective {@code If-Match}: the operation's, else the caller's option. */
  public String effectiveIfMatch() {
    return ifMatch != null
        ? ifMatch
        : options.getIfMatch() == null ? null : ETags.normalise(options.getIfMatch());
  }

  public RequestOptions options() {
    return options;
  }
}
