package uk.svkit.api.platform.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForwardedRequestTest {
  private static final TrustedProxies NGINX = TrustedProxies.parse("10.0.0.0/8, ::1");

  @Test
  void trustsOnlyListedAddressesAndRanges() {
    assertTrue(NGINX.trusts("10.1.2.3"));
    assertTrue(NGINX.trusts("0:0:0:0:0:0:0:1"));
    assertTrue(NGINX.trusts("::ffff:10.0.0.1"));
    assertFalse(NGINX.trusts("11.0.0.1"));
    assertFalse(NGINX.trusts("example.org"));
    assertFalse(TrustedProxies.parse("none").trusts("127.0.0.1"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.local"));
  }

  @Test
  void aTrustedProxysXForwardedHeadersGiveThePublicUrlAndClient() {
    HttpServletRequest seen =
        ForwardedRequest.of(
            request(
                "10.0.0.5",
                Map.of(
                    "X-Forwarded-Proto", List.of("https"),
                    "X-Forwarded-Host", List.of("svkit.council.gov.uk"),
                    "X-Forwarded-For", List.of("203.0.113.9, 10.0.0.7"))),
            NGINX);
    assertEquals("https://svkit.council.gov.uk/api/v1/tenders", seen.getRequestURL().toString());
    assertTrue(seen.isSecure());
    assertEquals(443, seen.getServerPort());
    assertEquals("203.0.113.9", seen.getRemoteAddr());
  }

  @Test
  void forwardedHeaderWinsAndItsLastElementCounts() {
    HttpServletRequest seen =
        ForwardedRequest.of(
            request(
                "10.0.0.5",
                Map.of(
                    "Forwarded",
                    List.of(
                        "for=198.51.100.1;host=evil.example;proto=http, for=\"[2001:db8::1]:4711\";proto=https;host=\"api.example.org:8443\""),
                    "X-Forwarded-Host",
                    List.of("ignored.example"))),
            NGINX);
    assertEquals("https://api.example.org:8443/api/v1/tenders", seen.getRequestURL().toString());
    assertEquals("2001:db8::1", seen.getRemoteAddr());
  }

  @Test
  void headersFromAnUntrustedPeerAreIgnored() {
    HttpServletRequest direct =
        request("203.0.113.9", Map.of("X-Forwarded-Host", List.of("evil.example")));
    assertSame(direct, ForwardedRequest.of(direct, NGINX));
    assertSame(direct, ForwardedRequest.of(direct, TrustedProxies.parse("")));
  }

  @Test
  void aMalformedHostIsIgnored() {
    HttpServletRequest seen =
        ForwardedRequest.of(
            request("10.0.0.5", Map.of("X-Forwarded-Host", List.of("evil/path@x"))), NGINX);
    assertEquals("http://internal:9080/api/v1/tenders", seen.getRequestURL().toString());
  }

  /** The servlet container's side of a request, as far as the wrapper reads it. */
  private static HttpServletRequest request(String peer, Map<String, List<String>> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> peer;
                  case "getScheme" -> "http";
                  case "getServerName" -> "internal";
                  case "getServerPort" -> 9080;
                  case "getRequestURI" -> "/api/v1/tenders";
                  case "getHeaders" ->
                      Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
