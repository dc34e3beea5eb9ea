package uk.svkit.api.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.json.DateTimes;
import uk.svkit.api.platform.json.JsonObjects;

/**
 * Event data written directly must be the JSON that JSON-B writes: receivers and the feed read it,
 * and earlier events were written by JSON-B.
 */
class EventDataTest {
  private enum Rating {
    GOOD,
    REQUIRES_IMPROVEMENT
  }

  @Test
  void plainValuesAreWrittenAsJsonBWritesThem() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("returnId", "7d1f0c1e-2b4a-4c55-9a7e-0e5a2b1c3d4e");
    data.put("quantity", new BigDecimal("12.50"));
    data.put("value", new BigDecimal("-1250000.125"));
    data.put("count", 3);
    data.put("sequenceNumber", 12_345_678_901L);
    data.put("big", new BigInteger("123456789012345678901234567890"));
    data.put("confirmed", true);
    data.put("periodStart", LocalDate.of(2026, 7, 1));
    data.put("at", OffsetDateTime.of(2026, 12, 5, 9, 30, 0, 120_000_000, ZoneOffset.UTC));
    data.put("instant", Instant.parse("2026-12-05T09:30:00Z"));
    data.put("previousRating", Rating.REQUIRES_IMPROVEMENT);
    data.put("id", UUID.fromString("7d1f0c1e-2b4a-4c55-9a7e-0e5a2b1c3d4e"));
    data.put("title", "Café \"Hub\" \\ ✓ / <b>");

    assertEquals(DateTimes.JSONB.toJson(data), EventData.toJson(data));
  }

  @Test
  void controlCharactersReadBackAsTheyWere() {
    Map<String, Object> data = Map.of("narrative", "line\nnext\ttab\u0001\u001f\b\f\r end");

    assertEquals(
        JsonObjects.read(DateTimes.JSONB.toJson(data)), JsonObjects.read(EventData.toJson(data)));
  }

  @Test
  void otherValuesGoThroughJsonB() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("needId", "n-1");
    data.put("places", List.of("E06000049", "E08000012"));
    data.put("ratio", 0.25);

    assertEquals(DateTimes.JSONB.toJson(data), EventData.toJson(data));
  }

  @Test
  void anEmptyMapIsAnEmptyObject() {
    assertEquals("{}", EventData.toJson(Map.of()));
  }
}
