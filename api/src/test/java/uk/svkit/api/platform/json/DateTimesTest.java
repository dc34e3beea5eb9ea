package uk.svkit.api.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DateTimesTest {
  /** RFC 3339 date-time, seconds required. */
  private static final Pattern RFC_3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  private static final OffsetDateTime ON_THE_MINUTE =
      OffsetDateTime.of(2026, 12, 4, 5, 43, 0, 0, ZoneOffset.UTC);

  @Test
  void secondsAreWrittenEvenWhenZero() {
    assertEquals(
        "2026-12-04T05:43Z",
        ON_THE_MINUTE.toString(),
        "what toString() did, which is not RFC 3339");
    assertEquals("2026-12-04T05:43:00Z", DateTimes.format(ON_THE_MINUTE));
    assertEquals("2026-12-04T00:00:00Z", DateTimes.format(ON_THE_MINUTE.withHour(0).withMinute(0)));
    assertEquals("2026-12-04T05:43:00Z", DateTimes.format(ON_THE_MINUTE.toInstant()));
    assertEquals("2026-12-04T05:43:00Z", DateTimes.format(ON_THE_MINUTE.toZonedDateTime()));
  }

  @Test
  void fractionsOnlyWhenPresentAndOffsetsAsTheyAre() {
    assertEquals(
        "2026-12-04T05:43:07.123456Z",
        DateTimes.format(ON_THE_MINUTE.withSecond(7).withNano(123_456_000)));
    assertEquals("2026-12-04T05:43:00.5Z", DateTimes.format(ON_THE_MINUTE.withNano(500_000_000)));
    assertEquals(
        "2026-06-04T06:43:00+01:00",
        DateTimes.format(ZonedDateTime.of(2026, 6, 4, 6, 43, 0, 0, ZoneId.of("Europe/London"))));
    assertEquals(
        "2026-12-04T05:43:00-05:30",
        DateTimes.format(ON_THE_MINUTE.withOffsetSameLocal(ZoneOffset.ofHoursMinutes(-5, -30))));
  }

  public static class Holder {
    public OffsetDateTime offset = ON_THE_MINUTE;
    public Instant instant = ON_THE_MINUTE.toInstant();
    public ZonedDateTime zoned = ON_THE_MINUTE.toZonedDateTime();
    public List<OffsetDateTime> many = List.of(ON_THE_MINUTE, ON_THE_MINUTE.plusSeconds(1));
  }

  @Test
  void theJsonbWritesEveryDateTimeTypeTheSameWay() {
    String json = DateTimes.JSONB.toJson(new Holder());
    assertEquals(
        "{\"instant\":\"2026-12-04T05:43:00Z\",\"many\":[\"2026-12-04T05:43:00Z\",\"2026-12-04T05:43:01Z\"],"
            + "\"offset\":\"2026-12-04T05:43:00Z\",\"zoned\":\"2026-12-04T05:43:00Z\"}",
        json);
    assertEquals("\"2026-12-04T05:43:00Z\"", DateTimes.JSONB.toJson(ON_THE_MINUTE));
  }

  @Test
  void everyMinuteOfADayIsRfc3339() {
    for (int minute = 0; minute < 24 * 60; minute++) {
      String written =
          DateTimes.format(ON_THE_MINUTE.withHour(0).withMinute(0).plusMinutes(minute));
      assertTrue(RFC_3339.matcher(written).matches(), written);
    }
  }
}
