package uk.svkit.api.platform.input;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

/**
 * Checks the path and query string as the client sent them (still percent-encoded) before anything
 * decodes them: every {@code %} starts a two-digit hex escape, the escapes decode to UTF-8, nothing
 * decodes to NUL, and the query string has a sane length. The container would otherwise decode bad
 * escapes to U+FFFD or answer with its own error page.
 */
public final class RequestLine {
  /** Longer query strings are refused (414); the longest svkit search needs well under 2 KB. */
  public static final int MAX_QUERY_CHARS = 8192;

  /**
   * Longer header values are refused (431). Liberty answers a header over its own limit (32 KB,
   * limitFieldSize) with a bare 400 before svkit sees the request; below that, svkit answers.
   */
  public static final int MAX_HEADER_CHARS = 8192;

  /** What is wrong with the request line, as the problem's status and detail. */
  public record Refusal(int status, String detail) {}

  private RequestLine() {}

  /**
   * The refusal for this raw path and raw query string (either may be null), or null when both are
   * fine.
   */
  public static Refusal check(String rawPath, String rawQuery) {
    if (rawQuery != null && rawQuery.length() > MAX_QUERY_CHARS) {
      return new Refusal(
          414, "The query string is longer than " + MAX_QUERY_CHARS + " characters.");
    }
    String problem = problem(rawPath, false);
    if (problem != null) {
      return new Refusal(400, "The path " + problem + ".");
    }
    problem = problem(rawQuery, true);
    if (problem != null) {
      return new Refusal(400, "The query string " + problem + ".");
    }
    return null;
  }

  /** The refusal for an over-long header, or null. */
  public static Refusal checkHeaders(HttpServletRequest request) {
    for (Enumeration<String> names = request.getHeaderNames();
        names != null && names.hasMoreElements(); ) {
      String name = names.nextElement();
      for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
        String value = values.nextElement();
        if (value != null && value.length() > MAX_HEADER_CHARS) {
          return new Refusal(
              431, "The " + name + " header is longer than " + MAX_HEADER_CHARS + " characters.");
        }
      }
    }
    return null;
  }

  private static String problem(String raw, boolean query) {
    if (raw == null) {
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          return "has a % that does not start a percent-encoded byte (%XX)";
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+' && query) {
        bytes.write(' ');
      } else if (c > 0x7F) {
        // Raw non-ASCII: the container has already decoded it one way or another; judge it as
        // UTF-8.
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      } else {
        bytes.write(c);
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
    } catch (CharacterCodingException e) {
      return "is not percent-encoded UTF-8";
    }
    if (text.indexOf('\0') >= 0) {
      return "contains a NUL character (%00)";
    }
    return null;
  }
}
