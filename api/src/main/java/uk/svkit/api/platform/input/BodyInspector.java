package uk.svkit.api.platform.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Watches a text body go by, chunk by chunk and without buffering it (imports stream gigabytes):
 * the bytes must be UTF-8 (the JDK's decoder, set to report rather than replace), with no NUL
 * character (PostgreSQL cannot store one in text); in JSON also no {@code \u0000} escape and no
 * nesting deeper than {@link #MAX_JSON_DEPTH}. Left alone, a reader would store U+FFFD for bad
 * bytes, and JSON-P would recurse until the stack runs out.
 */
public final class BodyInspector {
  /** Far deeper than any svkit document (an Open Referral UK service is under ten levels). */
  public static final int MAX_JSON_DEPTH = 100;

  private final boolean json;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private ByteBuffer pending = ByteBuffer.allocate(0);
  private long offset;
  private boolean inString;
  private boolean escaped;
  private int hexLeft;
  private int hexValue;
  private int depth;

  private BodyInspector(boolean json) {
    this.json = json;
  }

  /**
   * The inspector for a body of this Content-Type, or null when there is nothing to check: no body
   * type, a binary one, or text declared in another charset.
   */
  public static BodyInspector forContentType(String contentType) {
    if (contentType == null) {
      return null;
    }
    String type = contentType.toLowerCase(Locale.ROOT).trim();
    int semicolon = type.indexOf(';');
    String params = semicolon < 0 ? "" : type.substring(semicolon + 1);
    String base = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
    for (String param : params.split(";")) {
      String[] pair = param.trim().split("=", 2);
      if (pair.length == 2 && pair[0].trim().equals("charset")) {
        String charset = pair[1].trim().replace("\"", "");
        if (!charset.equals("utf-8") && !charset.equals("utf8")) {
          return null;
        }
      }
    }
    boolean json =
        base.equals("application/json")
            || (base.startsWith("application/") && base.endsWith("+json"));
    if (json) {
      return new BodyInspector(true);
    }
    return base.startsWith("text/") ? new BodyInspector(false) : null;
  }

  /** Inspects the next bytes of the body. */
  public void inspect(byte[] buffer, int off, int length) throws UnreadableBodyException {
    ByteBuffer in;
    if (pending.hasRemaining()) {
      in = ByteBuffer.allocate(pending.remaining() + length);
      in.put(pending).put(buffer, off, length).flip();
    } else {
      in = ByteBuffer.wrap(buffer, off, length);
    }
    decode(in, false);
    // At most three bytes of an incomplete sequence wait for the next chunk.
    pending =
        in.hasRemaining()
            ? ByteBuffer.allocate(in.remaining()).put(in).flip()
            : ByteBuffer.allocate(0);
  }

  /** The body has ended: an incomplete last character is as bad as an invalid one. */
  public void finish() throws UnreadableBodyException {
    decode(pending, true);
    pending = ByteBuffer.allocate(0);
    chars.clear();
    decoder.flush(chars);
    chars.flip();
    scan();
  }

  private void decode(ByteBuffer in, boolean last) throws UnreadableBodyException {
    while (true) {
      int before = in.position();
      CoderResult result = decoder.decode(in, chars, last);
      offset += in.position() - before;
      chars.flip();
      scan();
      chars.clear();
      if (result.isError()) {
        throw new UnreadableBodyException(
            "The request body is not valid UTF-8 (at byte " + offset + "); send text as UTF-8.");
      }
      if (result.isUnderflow()) {
        return;
      }
    }
  }

  private void scan() throws UnreadableBodyException {
    while (chars.hasRemaining()) {
      char c = chars.get();
      if (c == 0) {
        throw nul();
      }
      if (json) {
        json(c);
      }
    }
  }

  private void json(char c) throws UnreadableBodyException {
    if (!inString) {
      switch (c) {
        case '"' -> inString = true;
        case '{', '[' -> {
          if (++depth > MAX_JSON_DEPTH) {
            throw new UnreadableBodyException(
                "The JSON body is nested deeper than " + MAX_JSON_DEPTH + " levels.");
          }
        }
        case '}', ']' -> depth--;
        default -> {
          // Everything else outside strings is the parser's business.
        }
      }
    } else if (hexLeft > 0) {
      int digit = Character.digit(c, 16);
      hexValue = hexValue * 16 + digit;
      hexLeft = digit < 0 ? 0 : hexLeft - 1; // not hex: the parser refuses it
      if (digit >= 0 && hexLeft == 0 && hexValue == 0) {
        throw nul();
      }
    } else if (escaped) {
      escaped = false;
      if (c == 'u') {
        hexLeft = 4;
        hexValue = 0;
      }
    } else if (c == '\\') {
      escaped = true;
    } else if (c == '"') {
      inString = false;
    }
  }

  private static UnreadableBodyException nul() {
    return new UnreadableBodyException(
        "The request body contains a NUL character (U+0000), which svkit does not accept in text.");
  }
}
