package uk.svkit.api.directory.oruk;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * ORUK wants a UUID for every record, including the ones svkit does not store separately (a service
 * area, a location, a taxonomy term). They are name-based UUIDs of what they stand for, so the same
 * profile always exports the same ids and consumers can diff successive exports.
 */
final class OrukIds {
  private OrukIds() {}

  static String of(String... parts) {
    return UUID.nameUUIDFromBytes(
            ("svkit:oruk:" + String.join(":", parts)).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * One service per profile, with the profile's own id: it is what {@code /services/{id}} looks up.
   */
  static String service(String profileId) {
    return profileId;
  }

  /**
   * A profile has at most one service_at_location (its service at its base), so it too has the
   * profile's id: what {@code /service_at_locations/{id}} looks up.
   */
  static String serviceAtLocation(String profileId) {
    return profileId;
  }

  static String taxonomy(String name) {
    return of("taxonomy", name);
  }

  static String term(String taxonomy, String code) {
    return of("taxonomy_term", taxonomy, code);
  }
}
