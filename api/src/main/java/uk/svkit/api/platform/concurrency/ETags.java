package uk.svkit.api.platform.concurrency;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Responses that carry a resource's version as its strong ETag, so every read, creation and update
 * hands the client the tag its next {@code If-Match} must send (the other half of the round trip is
 * {@link Versions#expectedVersion} and {@code Repository#update}).
 */
public final class ETags {
  private ETags() {}

  /** 200 with the representation, tagged with its version. */
  public static Response ok(Object entity, long version) {
    return Response.ok(entity).tag(Versions.etag(version)).build();
  }

  /** 201 at the new resource's location with its representation, tagged with its version. */
  public static Response created(URI location, Object entity, long version) {
    return Response.created(location).tag(Versions.etag(version)).entity(entity).build();
  }
}
