package uk.svkit.api.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.json.DateTimes;

/**
 * A webhook's body is written directly ({@link CloudEvent#toJson}); the feed binds the same event
 * through JSON-B. A receiver must get the same JSON from both.
 */
class CloudEventTest {
  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static StoredEvent event(String subject, String data) {
    return new StoredEvent(
        "7d1f0c1e-2b4a-4c55-9a7e-0e5a2b1c3d4e",
        "org-1",
        "uk.svkit.return.submitted",
        "urn:svkit",
        subject,
        OffsetDateTime.of(2026, 12, 5, 9, 30, 0, 120_000_000, ZoneOffset.UTC),
        data,
        null,
        42);
  }

  @Test
  void theWrittenBodyIsTheFeedsJsonAndItsDataAsStored() {
    String data =
        DateTimes.JSONB.toJson(
            Map.of("returnId", "r-1", "quantity", 12.5, "narrative", "café \"quoted\" \\ ✓"));
    StoredEvent event = event("contracts/c-1/returns/r-1", data);

    String body = CloudEvent.toJson(event);

    assertEquals(parse(DateTimes.JSONB.toJson(CloudEvent.of(event))), parse(body));
    assertEquals(parse(data), parse(body).getJsonObject("data"));
    assertEquals("42", parse(body).getString("sequence"));
    assertEquals("2026-12-05T09:30:00.12Z", parse(body).getString("time"));
  }

  @Test
  void controlCharactersQuotesAndBackslashesInMembersAreEscaped() {
    String subject = "a\"b\\c\nd\te\u0001f/é";
    StoredEvent event = event(subject, "{}");

    JsonObject body = parse(CloudEvent.toJson(event));

    assertEquals(subject, body.getString("subject"));
    assertEquals(parse(DateTimes.JSONB.toJson(CloudEvent.of(event))), body);
  }
}
