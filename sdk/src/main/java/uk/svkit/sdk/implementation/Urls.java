package uk.svkit.sdk.implementation;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * URL building with RFC 3986 percent-encoding. Done by hand rather than with JAX-RS {@code
 * UriBuilder}/{@code queryParam}, which treat {@code {...}} in values as URI templates: a search
 * text containing braces would otherwise fail or be mangled.
 */
public final class Urls {

  /** The API's path below the endpoint; bumped only with a breaking (major) API change. */
  public static final String API_PATH = "/api/v1";

  private Urls() {}

  /** Starts a URL below {@code apiBase} with the given (unencoded) path segments. */
  public static Builder builder(URI apiBase, String... segments) {
    return new Builder(apiBase, segments);
  }

  /** Returns {@code uri} with the query parameter {@code name} set to {@code value}. */
  public static URI withQueryParam(URI uri, String name, String value) {
    List<String> params = new ArrayList<>();
    String rawQuery = uri.getRawQuery();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String p : rawQuery.split("&")) {
        String key = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
        if (!decode(key).equals(name)) {
          params.add(p);
        }
      }
    }
    params.add(encode(name) + "=" + encode(value));
    return withRawQuery(uri, String.join("&", params));
  }

  /** Returns the decoded value of the first query parameter {@code name}, or {@code null}. */
  public static String queryParam(URI uri, String name) {
    String rawQuery = uri.getRawQuery();
    if (rawQuery == null) {
      return null;
    }
    for (String p : rawQuery.split("&")) {
      int eq = p.indexOf('=');
      String key = eq < 0 ? p : p.substring(0, eq);
      if (decode(key).equals(name)) {
        return eq < 0 ? "" : decode(p.substring(eq + 1));
      }
    }
    return null;
  }

  /** Replaces the query of {@code uri}, keeping everything else byte for byte. */
  public static URI withRawQuery(URI uri, String rawQuery) {
    String s = uri.toString();
    int cut = s.indexOf('?');
    if (cut < 0) {
      cut = s.indexOf('#') < 0 ? s.length() : s.indexOf('#');
    }
    return URI.create(s.substring(0, cut) + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
  }

  /** Same scheme, host and port. */
  public static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null
        && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost())
        && effectivePort(a) == effectivePort(b);
  }

  private static int effectivePort(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  /** Percent-encodes everything except RFC 3986 unreserved characters. */
  public static String encode(String value) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        sb.append(c);
      } else {
        sb.append('%')
            .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  /**
   * Decodes a query component the way JAX-RS servers do ({@code +} is a space), so a cursor read
   * here is the value the server will see when it is sent back encoded.
   */
  static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  /** Builds the API base URI ({@code endpoint + /api/v1}) from a validated endpoint. */
  public static URI apiBase(URI endpoint) {
    return apiBase(endpoint, API_PATH);
  }

  /** Builds the API base URI ({@code endpoint + apiPath}) from a validated endpoint. */
  public static URI apiBase(URI endpoint, String apiPath) {
    String s = endpoint.toString();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    try {
      return new URI(s + apiPath);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("invalid endpoint " + endpoint, e);
    }
  }

  /** Accumulates path segments and query parameters. */
  public static final class Builder {

    private final StringBuilder url;
    private final List<String> query = new ArrayList<>();

    private Builder(URI apiBase, String... segments) {
      url = new StringBuilder(apiBase.toString());
      for (String segment : segments) {
        url.append('/').append(encode(Objects.requireNonNull(segment, "segment")));
      }
    }

    /** Adds a query parameter unless {@code value} is {@code null}. */
    public Builder query(String name, Object value) {
      if (value != null) {
        query.add(encode(name) + "=" + encode(value.toString()));
      }
      return this;
    }

    public URI build() {
      return URI.create(query.isEmpty() ? url.toString() : url + "?" + String.join("&", query));
    }
  }
}
