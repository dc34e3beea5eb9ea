package uk.svkit.api.platform.events;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import uk.svkit.api.platform.json.DateTimes;
import uk.svkit.api.platform.json.JsonText;

/**
 * An event's data as JSON text, as JSON-B writes it ({@link DateTimes#JSONB}). Data of plain values
 * (text, whole and decimal numbers, booleans, dates, times, enums, UUIDs) is written directly:
 * binding each map through JSON-B was 75 of 424 profile samples in a bulk ingest of returns
 * (bench/events.sh), which records two events a return. Anything else (lists, nested objects) goes
 * through JSON-B.
 */
final class EventData {
  private EventData() {}

  static String toJson(Map<String, ?> data) {
    StringBuilder json = new StringBuilder(32 + 48 * data.size()).append('{');
    for (Map.Entry<String, ?> e : data.entrySet()) {
      if (json.length() > 1) {
        json.append(',');
      }
      JsonText.appendString(json, e.getKey()).append(':');
      if (!appendValue(json, e.getValue())) {
        return DateTimes.JSONB.toJson(data);
      }
    }
    return json.append('}').toString();
  }

  /** Appends a plain value as JSON-B would; false for any other (nothing sensible appended). */
  private static boolean appendValue(StringBuilder json, Object value) {
    if (value instanceof String s) {
      JsonText.appendString(json, s);
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof BigInteger
        || value instanceof BigDecimal
        || value instanceof Boolean) {
      json.append(value);
    } else if (value instanceof LocalDate d) {
      JsonText.appendString(json, d.toString());
    } else if (value instanceof OffsetDateTime t) {
      JsonText.appendString(json, DateTimes.format(t));
    } else if (value instanceof Instant t) {
      JsonText.appendString(json, DateTimes.format(t));
    } else if (value instanceof Enum<?> e) {
      JsonText.appendString(json, e.name());
    } else if (value instanceof UUID u) {
      JsonText.appendString(json, u.toString());
    } else {
      return false;
    }
    return true;
  }
}
