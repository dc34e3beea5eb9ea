package uk.svkit.api.directory.oruk;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Small JSON-P helpers: ORUK leaves most fields optional, so absent, null and wrong types are
 * common.
 */
final class OrukJson {
  private OrukJson() {}

  /**
   * The trimmed string at {@code key}, or {@code null} when absent, null, blank or not a string.
   */
  static String text(JsonObject o, String key) {
    JsonValue v = o == null ? null : o.get(key);
    if (v instanceof JsonString s) {
      String t = s.getString().trim();
      return t.isEmpty() ? null : t;
    }
    return null;
  }

  static Double number(JsonObject o, String key) {
    JsonValue v = o == null ? null : o.get(key);
    return v instanceof JsonNumber n ? n.doubleValue() : null;
  }

  /**
   * The objects of the array at {@code key}; anything else in it is skipped, an absent array is
   * empty.
   */
  static List<JsonObject> objects(JsonObject o, String key) {
    JsonValue v = o == null ? null : o.get(key);
    if (!(v instanceof JsonArray a)) {
      return List.of();
    }
    return a.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
  }

  static JsonObject object(JsonObject o, String key) {
    JsonValue v = o == null ? null : o.get(key);
    return v instanceof JsonObject j ? j : null;
  }

  /**
   * Adds the property only when there is a value: ORUK omits what is unknown rather than sending
   * null.
   */
  static JsonObjectBuilder put(JsonObjectBuilder b, String key, String value) {
    return value == null ? b : b.add(key, value);
  }

  static JsonObjectBuilder put(JsonObjectBuilder b, String key, Double value) {
    return value == null ? b : b.add(key, value);
  }
}
