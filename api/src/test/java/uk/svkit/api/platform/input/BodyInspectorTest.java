package uk.svkit.api.platform.input;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyInspectorTest {
  /** Feeds the body in chunks of the given size, as a stream would deliver it. */
  private static void feed(String contentType, byte[] body, int chunk)
      throws UnreadableBodyException {
    BodyInspector inspector = BodyInspector.forContentType(contentType);
    for (int i = 0; i < body.length; i += chunk) {
      inspector.inspect(body, i, Math.min(chunk, body.length - i));
    }
    inspector.finish();
  }

  private static void accepts(String contentType, byte[] body) {
    for (int chunk : new int[] {1, 2, 3, 5, 8192}) {
      assertDoesNotThrow(() -> feed(contentType, body, chunk));
    }
  }

  private static String refuses(String contentType, byte[] body) {
    String message = null;
    for (int chunk : new int[] {1, 2, 3, 5, 8192}) {
      message =
          assertThrows(UnreadableBodyException.class, () -> feed(contentType, body, chunk))
              .getMessage();
    }
    return message;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void acceptsUtf8TextAndJson() {
    accepts(
        "application/json",
        utf8("{\"name\":\"Caf\u00e9 \uD83D\uDE00 \\u00e9 \\\\u0000\",\"a\":[[[]]]}"));
    accepts("text/csv; charset=UTF-8", utf8("\uFEFFname\r\nZo\u00eb\r\n"));
  }

  @Test
  void refusesInvalidUtf8() {
    assertTrue(
        refuses(
                "application/json",
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'})
            .contains("UTF-8"));
    refuses("text/csv", new byte[] {'a', (byte) 0xFF, 'b'});
    refuses("text/csv", new byte[] {'a', (byte) 0xE2, (byte) 0x82}); // cut off at the end
    refuses("text/csv", new byte[] {(byte) 0xC0, (byte) 0xAF}); // overlong
    refuses("text/csv", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // a surrogate
  }

  @Test
  void refusesNul() {
    assertTrue(refuses("text/csv", new byte[] {'a', 0, 'b'}).contains("NUL"));
    assertTrue(refuses("application/json", utf8("{\"a\":\"x\\u0000y\"}")).contains("NUL"));
    refuses("application/merge-patch+json", utf8("[\"\\\\\\u0000\"]"));
  }

  @Test
  void refusesDeepJson() {
    String deep =
        "[".repeat(BodyInspector.MAX_JSON_DEPTH + 1) + "]".repeat(BodyInspector.MAX_JSON_DEPTH + 1);
    assertTrue(refuses("application/json", utf8(deep)).contains("nested"));
    String ok = "[".repeat(BodyInspector.MAX_JSON_DEPTH) + "]".repeat(BodyInspector.MAX_JSON_DEPTH);
    accepts("application/json", utf8(ok));
    accepts("application/json", utf8("[\"" + "[".repeat(500) + "\"]"));
  }

  @Test
  void leavesOtherBodiesAlone() {
    assertNull(BodyInspector.forContentType(null));
    assertNull(BodyInspector.forContentType("application/octet-stream"));
    assertNull(BodyInspector.forContentType("text/csv; charset=ISO-8859-1"));
  }
}
