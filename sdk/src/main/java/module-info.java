/**
 * Social Value Kit SDK. Exports the client, models and exceptions; {@code implementation} stays
 * internal. Models are opened (not exported further) because JSON-B binds them by field.
 */
module uk.svkit.sdk {
  // Transitive: SvkitClientBuilder.httpClient(...) takes a jakarta.ws.rs.client.Client.
  requires transitive jakarta.ws.rs;
  requires jakarta.json.bind;
  requires java.net.http;

  exports uk.svkit.sdk;
  exports uk.svkit.sdk.models;
  exports uk.svkit.sdk.exception;

  // Deep reflection for whichever JSON-B implementation is present (Yasson, or the server's).
  opens uk.svkit.sdk.models;
  opens uk.svkit.sdk.implementation;
}
