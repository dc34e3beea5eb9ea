package uk.svkit.api.platform.webhooks;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.svkit.api.platform.json.DateTimes;

/**
 * A subscription's filters on event data: for each named data field, the values it must hold one of
 * (a field holding a list matches if any element does). An event without the field does not match a
 * filter on it, so a filter on {@code placeCode} lets through only events that name a place. No
 * filters: every event of the subscribed types.
 */
public record EventFilters(Map<String, List<String>> byField) {
  public static final EventFilters NONE = new EventFilters(Map.of());

  public EventFilters {
    byField = Map.copyOf(byField);
  }

  public boolean matches(JsonObject data) {
    for (Map.Entry<String, List<String>> filter : byField.entrySet()) {
      JsonValue value = data.get(filter.getKey());
      if (!holdsOneOf(value, filter.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean holdsOneOf(JsonValue value, List<String> allowed) {
    if (value == null) {
      return false;
    }
    if (value instanceof JsonArray array) {
      return array.stream().anyMatch(v -> holdsOneOf(v, allowed));
    }
    String text = value instanceof JsonString s ? s.getString() : value.toString();
    return allowed.contains(text);
  }

  String toJson() {
    return byField.isEmpty() ? null : DateTimes.JSONB.toJson(new LinkedHashMap<>(byField));
  }

  @SuppressWarnings("unchecked")
  static EventFilters fromJson(String json) {
    if (json == null) {
      return NONE;
    }
    Map<String, List<String>> parsed =
        DateTimes.JSONB.fromJson(
            json, new LinkedHashMap<String, List<String>>() {}.getClass().getGenericSuperclass());
    return new EventFilters(parsed);
  }
}
