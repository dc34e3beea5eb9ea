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
 * paging keeps pages stable while rows are inserted. Clients must treat it as opaque; its
 * encoding may change.
 */
public final class Cursor {
  private static final String VERSION = "1";
  // Json.createXxx looks the provider up through the service loader on every call; once is enough.
  private static final JsonProvider JSON = JsonProvider.provider();
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

  /** A key holding a timestamp; a cursor whose key is not one is a 400. */
  public java.time.OffsetDateTime timestamp(int index) {
    try {
      return java.time.OffsetDateTime.parse(keys.get(index));
    } catch (java.time.DateTimeException e) {
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
          keys.add(((JsonString) value).getString());
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

  private static ProblemException invalid() {
    return new ProblemException(
        ProblemType.INVALID_CURSOR,
        "The cursor is not one this API issued. Start again without a cursor.");
  }
}
