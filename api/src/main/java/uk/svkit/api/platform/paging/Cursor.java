package uk.svkit.api.platform.paging;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * An opaque keyset cursor: the sort key of the last item a page returned. Keyset (not offset)
 * paging keeps pages stable while rows are inserted. Clients must treat it as opaque; its encoding
 * may change.
 */
public final class Cursor {
  private static final String VERSION = "1";
  // Json.createXxx looks the provider up through the service loader on every call; once is enough.
  private static final JsonProvider JSON = JsonProvider.provider();

  /** Longest key a cursor may carry: ids, and names of up to a few hundred characters. */
  private static final int MAX_KEY_LENGTH = 1000;

  private static final double NUMBER_BOUND = 1e17;
  private final List<String> keys;

  private Cursor(List<String> keys) {
    this.keys = List.copyOf(keys);
  }

  public static Cursor after(String... keys) {
    return new Cursor(List.of(keys));
  }

  public List<String> keys() {
    return keys;
  }

  public String key(int index) {
    return keys.get(index);
  }

  /**
   * A key holding a timestamp; a cursor whose key is not one, or is outside the years a database
   * column holds (1 to 9999), is a 400.
   */
  public java.time.OffsetDateTime timestamp(int index) {
    try {
      java.time.OffsetDateTime value = java.time.OffsetDateTime.parse(keys.get(index));
      if (value.getYear() < 1 || value.getYear() > 9999) {
        throw invalid();
      }
      return value;
    } catch (java.time.DateTimeException e) {
      throw invalid();
    }
  }

  /** A key holding a date (1 to 9999 AD); anything else is a 400. */
  public java.time.LocalDate date(int index) {
    try {
      java.time.LocalDate value = java.time.LocalDate.parse(keys.get(index));
      if (value.getYear() < 1 || value.getYear() > 9999) {
        throw invalid();
      }
      return value;
    } catch (java.time.DateTimeException e) {
      throw invalid();
    }
  }

  /**
   * A key holding a number: finite and within {@value #NUMBER_BOUND} either way (sort keys are
   * scores, kilometres and microsecond timestamps); anything else is a 400.
   */
  public static double number(String key) {
    try {
      double value = Double.parseDouble(key);
      if (!Double.isFinite(value) || Math.abs(value) > NUMBER_BOUND) {
        throw invalid();
      }
      return value;
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  public String encode() {
    JsonArrayBuilder array = JSON.createArrayBuilder().add(VERSION);
    keys.forEach(array::add);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(array.build().toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor that must hold {@code arity} keys; a malformed one is a 400. */
  public static Cursor decode(String encoded, int arity) {
    try {
      String json = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
      try (JsonReader reader = JSON.createReader(new StringReader(json))) {
        JsonArray array = reader.readArray();
        if (array.size() != arity + 1 || !VERSION.equals(array.getString(0))) {
          throw invalid();
        }
        List<String> keys = new ArrayList<>();
        for (JsonValue value : array.subList(1, array.size())) {
          String key = ((JsonString) value).getString();
          // Keys reach SQL as bound parameters; still, no database wants control characters or
          // megabytes in a sort key, and no key this API issues has them.
          if (key.length() > MAX_KEY_LENGTH || key.chars().anyMatch(c -> c < 0x20)) {
            throw invalid();
          }
          keys.add(key);
        }
        return new Cursor(keys);
      }
    } catch (RuntimeException e) {
      if (e instanceof ProblemException problem) {
        throw problem;
      }
      throw invalid();
    }
  }

  /** The problem for a cursor this API did not issue (a 400). */
  public static ProblemException invalid() {
    return new ProblemException(
        ProblemType.INVALID_CURSOR,
        "The cursor is not one this API issued. Start again without a cursor.");
  }
}
