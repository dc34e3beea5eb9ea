package uk.svkit.api.platform.request;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A request that arrived through a trusted proxy, seen as the client made it: scheme, host and port
 * from {@code Forwarded} (RFC 7239) or else {@code X-Forwarded-Proto}, {@code -Host} and {@code
 * -Port}, and the client's address from the {@code for} chain. Everything the application builds
 * from the request (Location headers, next links, the anonymous rate limit's key) then uses the
 * public values. The proxy must set these headers itself (nginx's {@code proxy_set_header}), since
 * it is the last value a trusted proxy added that counts, never one a client sent.
 */
final class ForwardedRequest extends HttpServletRequestWrapper {
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.\\-]{1,253}|\\[[0-9A-Fa-f:.]+\\]");
  private static final Pattern PORT = Pattern.compile("\\d{1,5}");

  private final String scheme;
  private final String host;
  private final int port;
  private final String remoteAddr;

  private ForwardedRequest(
      HttpServletRequest request, String scheme, String host, int port, String remoteAddr) {
    super(request);
    this.scheme = scheme;
    this.host = host;
    this.port = port;
    this.remoteAddr = remoteAddr;
  }

  /** The request as its client made it, or the request itself when no trusted proxy sent it. */
  static HttpServletRequest of(HttpServletRequest request, TrustedProxies proxies) {
    if (proxies.isEmpty() || !proxies.trusts(request.getRemoteAddr())) {
      return request;
    }
    String scheme = null;
    String hostAndPort = null;
    String port = null;
    List<String> chain = new ArrayList<>();
    String forwarded = joined(request, "Forwarded");
    if (forwarded != null) {
      for (String element : forwarded.split(",")) {
        for (String pair : element.split(";")) {
          int eq = pair.indexOf('=');
          if (eq <= 0) {
            continue;
          }
          String name = pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
          String value = unquoted(pair.substring(eq + 1).trim());
          switch (name) {
            case "proto" -> scheme = value;
            case "host" -> hostAndPort = value;
            case "for" -> chain.add(value);
            default -> {}
          }
        }
      }
    } else {
      scheme = last(joined(request, "X-Forwarded-Proto"));
      hostAndPort = last(joined(request, "X-Forwarded-Host"));
      port = last(joined(request, "X-Forwarded-Port"));
      String xff = joined(request, "X-Forwarded-For");
      if (xff != null) {
        for (String hop : xff.split(",")) {
          chain.add(hop.trim());
        }
      }
    }
    String publicScheme = request.getScheme();
    if (scheme != null) {
      String s = scheme.toLowerCase(Locale.ROOT);
      if (s.equals("http") || s.equals("https")) {
        publicScheme = s;
      }
    }
    String publicHost = request.getServerName();
    int publicPort = -1;
    boolean hostForwarded = false;
    if (hostAndPort != null) {
      String h = hostAndPort;
      String p = null;
      int colon = h.lastIndexOf(':');
      if (colon > 0 && h.indexOf(']') < colon) {
        p = h.substring(colon + 1);
        h = h.substring(0, colon);
      }
      if (HOST.matcher(h).matches() && (p == null || PORT.matcher(p).matches())) {
        publicHost = h;
        hostForwarded = true;
        if (p != null) {
          publicPort = Integer.parseInt(p);
        }
      }
    }
    if (publicPort < 0 && port != null && PORT.matcher(port).matches()) {
      publicPort = Integer.parseInt(port);
    }
    if (publicPort < 0) {
      publicPort =
          hostForwarded || !publicScheme.equals(request.getScheme())
              ? ("https".equals(publicScheme) ? 443 : 80)
              : request.getServerPort();
    }
    return new ForwardedRequest(
        request, publicScheme, publicHost, publicPort, client(request, chain, proxies));
  }

  /** The nearest address in the chain that is not itself a trusted proxy. */
  private static String client(
      HttpServletRequest request, List<String> chain, TrustedProxies proxies) {
    List<String> hops = new ArrayList<>(chain);
    Collections.reverse(hops);
    String client = request.getRemoteAddr();
    for (String hop : hops) {
      String address = nodeAddress(hop);
      if (TrustedProxies.literal(address) == null) {
        break; // "unknown", an obfuscated name, or garbage: stop at the last known address
      }
      client = address;
      if (!proxies.trusts(address)) {
        break;
      }
    }
    return client;
  }

  /** The address of an RFC 7239 node ("192.0.2.1", "192.0.2.1:4711", "[2001:db8::1]:4711"). */
  private static String nodeAddress(String node) {
    String n = node.trim();
    if (n.startsWith("[")) {
      int end = n.indexOf(']');
      return end > 0 ? n.substring(1, end) : n;
    }
    int colon = n.indexOf(':');
    if (colon > 0 && n.indexOf(':', colon + 1) < 0) {
      return n.substring(0, colon);
    }
    return n;
  }

  private static String joined(HttpServletRequest request, String name) {
    List<String> values = Collections.list(request.getHeaders(name));
    return values.isEmpty() ? null : String.join(",", values);
  }

  private static String last(String list) {
    if (list == null) {
      return null;
    }
    String[] parts = list.split(",");
    String value = parts[parts.length - 1].trim();
    return value.isEmpty() ? null : value;
  }

  private static String unquoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  @Override
  public String getScheme() {
    return scheme;
  }

  @Override
  public boolean isSecure() {
    return "https".equals(scheme);
  }

  @Override
  public String getServerName() {
    return host;
  }

  @Override
  public int getServerPort() {
    return port;
  }

  @Override
  public String getRemoteAddr() {
    return remoteAddr;
  }

  @Override
  public String getRemoteHost() {
    return remoteAddr;
  }

  @Override
  public StringBuffer getRequestURL() {
    StringBuffer url = new StringBuffer(scheme).append("://").append(host);
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    if (!defaultPort) {
      url.append(':').append(port);
    }
    return url.append(getRequestURI());
  }
}
