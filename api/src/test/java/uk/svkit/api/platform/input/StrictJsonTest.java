package uk.svkit.api.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {
  private static final Jsonb JSONB =
      JsonbBuilder.create(StrictJson.withStrictDeserializers(new JsonbConfig()));

  public enum Colour {
    RED,
    GREEN
  }

  public static class Body {
    public Integer score;
    public Integer maybeScore;
    public Long version;
    public Long maybeVersion;
    public Double lat;
    public Double lon;
    public BigDecimal quantity;
    public Boolean optIn;
    public Boolean maybeOptIn;
    public List<Integer> scores;
    public Nested nested;
    public Colour colour;
  }

  public static class Nested {
    public Integer level;
  }

  @Test
  void readsExactValues() {
    Body b =
        JSONB.fromJson(
            """
        {"score":75,"maybeScore":-3,"version":4294967371,"maybeVersion":1,"lat":53.4,"lon":-3,"quantity":1e3,
         "optIn":true,"maybeOptIn":false,"scores":[1,2],"nested":{"level":2},"colour":"GREEN"}""",
            Body.class);
    assertEquals(Colour.GREEN, b.colour);
    assertEquals(75, b.score);
    assertEquals(4294967371L, b.version);
    assertEquals(-3, b.maybeScore);
    assertEquals(53.4, b.lat);
    assertEquals(-3.0, b.lon);
    assertEquals(0, new BigDecimal("1000").compareTo(b.quantity));
    assertEquals(Boolean.TRUE, b.optIn);
    assertEquals(List.of(1, 2), b.scores);
    assertEquals(2, b.nested.level);
    assertEquals(100, JSONB.fromJson("{\"score\":1e2}", Body.class).score);
    assertEquals(null, JSONB.fromJson("{\"colour\":null}", Body.class).colour);
  }

  @Test
  void readsNulls() {
    Body b = JSONB.fromJson("{\"maybeScore\":null,\"maybeOptIn\":null,\"lon\":null}", Body.class);
    assertEquals(null, b.maybeScore);
    assertEquals(null, b.maybeOptIn);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"score\":75.9}",
        "{\"score\":4294967371}",
        "{\"score\":1e309}",
        "{\"score\":\"75\"}",
        "{\"score\":true}",
        "{\"maybeScore\":75.9}",
        "{\"maybeScore\":2147483648}",
        "{\"maybeScore\":\"abc\"}",
        "{\"version\":9223372036854775808}",
        "{\"version\":1.5}",
        "{\"maybeVersion\":1e30}",
        "{\"lat\":1e309}",
        "{\"lat\":\"NaN\"}",
        "{\"lon\":\"Infinity\"}",
        "{\"lon\":-1e400}",
        "{\"quantity\":\"12\"}",
        "{\"quantity\":\"NaN\"}",
        "{\"optIn\":\"abc\"}",
        "{\"optIn\":\"true\"}",
        "{\"optIn\":1}",
        "{\"maybeOptIn\":\"false\"}",
        "{\"scores\":[1,2.5]}",
        "{\"nested\":{\"level\":1e309}}",
        "{\"colour\":\"red\"}",
        "{\"colour\":3}"
      })
  void refusesInexactValues(String json) {
    JsonbException e = assertThrows(JsonbException.class, () -> JSONB.fromJson(json, Body.class));
    String described = JsonErrors.describe(e);
    assertTrue(described.contains("must be") || described.contains("out of range"), described);
  }

  @Test
  void namesTheProperty() {
    JsonbException e =
        assertThrows(
            JsonbException.class, () -> JSONB.fromJson("{\"nested\":{\"level\":7.5}}", Body.class));
    assertEquals("nested.level", JsonErrors.field(e));
    e = assertThrows(JsonbException.class, () -> JSONB.fromJson("{\"optIn\":\"abc\"}", Body.class));
    assertEquals("optIn", JsonErrors.field(e));
    assertEquals("must be true or false, not a string", JsonErrors.message(e));
    e =
        assertThrows(
            JsonbException.class, () -> JSONB.fromJson("{\"colour\":\"BLUE\"}", Body.class));
    assertEquals("must be one of RED, GREEN", JsonErrors.message(e));
  }
}
