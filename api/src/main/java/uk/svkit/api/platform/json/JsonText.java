package uk.svkit.api.platform.json;

/**
 * Writing JSON text by hand where a binding costs more than the rest of the work (an event's
 * envelope and data, thousands a second in bulk ingest and delivery): strings quoted and escaped as
 * RFC 8259 requires.
 */
public final class JsonText {
  private JsonText() {}

  /**
   * Appends {@code value} as a JSON string: quoted, with quotes, backslashes and controls escaped.
   */
  public static StringBuilder appendString(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append("\\u00")
                .append(Character.forDigit(c >> 4, 16))
                .append(Character.forDigit(c & 0xf, 16));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }
}
