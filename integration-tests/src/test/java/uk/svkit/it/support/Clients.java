package uk.svkit.it.support;

import java.net.URI;
import java.time.Duration;
import uk.svkit.sdk.SvkitClient;

/** SDK clients as a vendor would build them, one per token. */
public final class Clients {
  private Clients() {}

  public static SvkitClient of(URI endpoint, String token) {
    return SvkitClient.builder()
        .endpoint(endpoint)
        .credential(token)
        .applicationId("svkit-it")
        .connectTimeout(Duration.ofSeconds(5))
        .responseTimeout(Duration.ofSeconds(30))
        .build();
  }
}
