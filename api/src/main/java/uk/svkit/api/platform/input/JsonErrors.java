package uk.svkit.api.platform.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JSON-B failure for the client: which property (Yasson wraps a failure once per level,
 * "Unable to deserialize property 'x' because of: ...") and what was wrong with its value.
 */
public final class JsonErrors {
  private static final Pattern PROPERTY =
      Pattern.compile("^Unable to deserialize property '([^']+)'");

  private JsonErrors() {}

  /** The JSON property path ({@code nested.level}), or null when the failure names none. */
  public static String field(Throwable failure) {
    List<String> names = new ArrayList<>();
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
      Matcher m = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
      if (m != null && m.find()) {
        names.add(m.group(1));
      }
    }
    return names.isEmpty() ? null : String.join(".", names);
  }

  /**
   * What a strict deserializer said about the value, or a neutral message for Yasson's own
   * failures.
   */
  public static String message(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
      if (t instanceof StrictJson.InvalidValueException) {
        return t.getMessage();
      }
    }
    return "is not a value of the type this field takes";
  }

  static String describe(Throwable failure) {
    String field = field(failure);
    return (field == null ? "?" : field) + " " + message(failure);
  }
}
