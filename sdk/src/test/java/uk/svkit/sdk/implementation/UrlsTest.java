package uk.svkit.sdk.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlsTest {

  @Test
  void apiBaseAppendsVersionPath() {
    assertEquals(URI.create("http://h:9080/api/v1"), Urls.apiBase(URI.create("http://h:9080/")));
    assertEquals(URI.create("https://h/ctx/api/v1"), Urls.apiBase(URI.create("https://h/ctx")));
  }

  @Test
  void encodesUnicodeAndReservedCharacters() {
    assertEquals("caf%C3%A9%20%2B%26%3D%2F~-._", Urls.encode("café +&=/~-._"));
  }

  @Test
  void cursorRoundTrips() {
    URI next = URI.create("http://h/api/v1/organisations?limit=2&cursor=ab%2Bc%3D%3D&q=x");
    assertEquals("ab+c==", Urls.queryParam(next, "cursor"));
    URI resumed =
        Urls.withQueryParam(
            URI.create("http://h/api/v1/organisations?limit=2" + "&cursor=old"),
            "cursor",
            "ab+c==");
    assertEquals("limit=2&cursor=ab%2Bc%3D%3D", resumed.getRawQuery());
    assertNull(Urls.queryParam(URI.create("http://h/x"), "cursor"));
  }

  @Test
  void sameOriginComparesSchemeHostAndEffectivePort() {
    assertTrue(Urls.sameOrigin(URI.create("https://h/a"), URI.create("https://H:443/b")));
    assertFalse(Urls.sameOrigin(URI.create("http://h/a"), URI.create("https://h/a")));
    assertFalse(Urls.sameOrigin(URI.create("http://h:1/a"), URI.create("http://h:2/a")));
  }

  @Test
  void etagsAreQuotedWhenBare() {
    assertEquals("\"3\"", ETags.normalise("3"));
    assertEquals("\"3\"", ETags.normalise("\"3\""));
    assertEquals("W/\"3\"", ETags.normalise("W/\"3\""));
  }
}
