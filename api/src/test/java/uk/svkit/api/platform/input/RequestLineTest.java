package uk.svkit.api.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RequestLineTest {
  @Test
  void acceptsWellFormedLines() {
    assertNull(
        RequestLine.check("/api/v1/directory/organisations", "q=caf%C3%A9+bar&limit=5&x=%2B"));
    assertNull(RequestLine.check("/api/v1/contracts/c%20d", null));
  }

  @Test
  void refusesBadEscapesInvalidUtf8AndNul() {
    assertEquals(400, RequestLine.check("/api/v1/x%zz", null).status());
    assertEquals(400, RequestLine.check("/api/v1/x", "q=%").status());
    assertEquals(400, RequestLine.check("/api/v1/x", "q=%FF").status());
    assertEquals(400, RequestLine.check("/api/v1/x", "q=%C3").status());
    assertEquals(400, RequestLine.check("/api/v1/x%00", null).status());
    assertEquals(400, RequestLine.check("/api/v1/x", "q=a%00b").status());
  }

  @Test
  void refusesOverlongQueryStrings() {
    assertEquals(
        414,
        RequestLine.check("/api/v1/x", "q=" + "a".repeat(RequestLine.MAX_QUERY_CHARS)).status());
  }
}
