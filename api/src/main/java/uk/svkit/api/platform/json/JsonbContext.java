package uk.svkit.api.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives JAX-RS the API's JSON-B, so every JSON response writes date-times as {@link DateTimes} does
 * and every JSON body is read strictly ({@link uk.svkit.api.platform.input.StrictJson}). The only
 * ContextResolver of Jsonb: a second one would make JAX-RS pick between them.
 */
@Provider
public class JsonbContext implements ContextResolver<Jsonb> {
  @Override
  public Jsonb getContext(Class<?> type) {
    return DateTimes.JSONB;
  }
}
