package uk.svkit.api.platform.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * Reads JSON object texts on hot paths (an event's data for each webhook delivery, a token's header
 * on each request). {@code Json.createReader} looks the JSON provider up through the service loader
 * on every call: in bench/events.sh that lookup was 44 of 67 profile samples in reading events'
 * data. Here the reader factory is looked up once.
 */
public final class JsonObjects {
  private static final JsonReaderFactory READERS =
      JsonProvider.provider().createReaderFactory(null);

  private JsonObjects() {}

  /**
   * The object a JSON text holds.
   *
   * @throws jakarta.json.JsonException if the text is not JSON
   * @throws jakarta.json.stream.JsonParsingException if it is malformed
   */
  public static JsonObject read(String text) {
    try (JsonReader reader = READERS.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
