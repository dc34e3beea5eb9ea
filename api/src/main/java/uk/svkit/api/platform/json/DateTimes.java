package uk.svkit.api.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import uk.svkit.api.platform.input.StrictJson;

/**
 * The one way date-times leave the API: RFC 3339 with seconds always written, e.g. {@code
 * 2026-12-04T05:43:00Z}, a fraction only when there is one, and {@code Z} for UTC. JSON responses
 * (through {@link #JSONB}, which {@link JsonbContext} gives JAX-RS), CSV exports and the OCDS
 * release all format through here. {@code OffsetDateTime.toString()} is not RFC 3339: it drops the
 * seconds when they are zero ({@code 2026-12-04T05:43Z}).
 */
public final class DateTimes {
  /** {@code uuuu-MM-dd'T'HH:mm:ss[.fraction](Z|+HH:MM)}. */
  public static final DateTimeFormatter RFC_3339 =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .appendOffset("+HH:MM", "Z")
          .toFormatter(java.util.Locale.ROOT);

  /**
   * JSON-B with every date-time type written by {@link #RFC_3339}, and bodies read strictly ({@link
   * StrictJson}); otherwise JSON-B's defaults.
   */
  public static final Jsonb JSONB =
      JsonbBuilder.create(
          StrictJson.withStrictDeserializers(
              new JsonbConfig()
                  .withSerializers(
                      new OffsetSerializer(), new ZonedSerializer(), new InstantSerializer())));

  private DateTimes() {}

  public static String format(OffsetDateTime at) {
    return at == null ? null : RFC_3339.format(at);
  }

  public static String format(ZonedDateTime at) {
    return at == null ? null : RFC_3339.format(at.toOffsetDateTime());
  }

  /** An instant, in UTC. */
  public static String format(Instant at) {
    return at == null ? null : RFC_3339.format(at.atOffset(ZoneOffset.UTC));
  }

  // Named classes: JSON-B finds the type a serializer handles from its declared type argument.
  private static final class OffsetSerializer implements JsonbSerializer<OffsetDateTime> {
    @Override
    public void serialize(
        OffsetDateTime at, JsonGenerator generator, SerializationContext context) {
      generator.write(format(at));
    }
  }

  private static final class ZonedSerializer implements JsonbSerializer<ZonedDateTime> {
    @Override
    public void serialize(ZonedDateTime at, JsonGenerator generator, SerializationContext context) {
      generator.write(format(at));
    }
  }

  private static final class InstantSerializer implements JsonbSerializer<Instant> {
    @Override
    public void serialize(Instant at, JsonGenerator generator, SerializationContext context) {
      generator.write(format(at));
    }
  }
}
