package uk.svkit.api.tracking.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcdsPackagesTest {
  private static final String RELEASE =
      "{\"ocid\":\"ocds-x-1\",\"id\":\"ocds-x-1-100\",\"date\":\"2026-01-01T00:00:00Z\","
          + "\"tag\":[\"contract\"],\"contracts\":[{\"id\":\"c1\",\"title\":\"Cleaning\","
          + "\"agreedMetrics\":[{\"id\":\"k1\",\"title\":\"Jobs\"},{\"id\":\"k2\",\"title\":\"Hours\"}]}]}";

  @Test
  void theStableIdIgnoresIdDateAndKeyOrderButNotContent() {
    JsonObject release = OcdsPackages.parse(RELEASE);
    JsonObject rebuilt =
        OcdsPackages.parse(
            "{\"contracts\":[{\"agreedMetrics\":[{\"title\":\"Jobs\",\"id\":\"k1\"},"
                + "{\"title\":\"Hours\",\"id\":\"k2\"}],\"title\":\"Cleaning\",\"id\":\"c1\"}],"
                + "\"tag\":[\"contract\"],\"date\":\"2026-06-30T12:00:00Z\",\"id\":\"other\","
                + "\"ocid\":\"ocds-x-1\"}");
    JsonObject retitled = OcdsPackages.parse(RELEASE.replace("Cleaning", "Catering"));

    String id = OcdsPackages.stableId(release);
    assertTrue(id.startsWith("ocds-x-1-"), id);
    assertEquals(id, OcdsPackages.stableId(rebuilt));
    assertNotEquals(id, OcdsPackages.stableId(retitled));
  }

  @Test
  void theCompiledReleaseMergesArraysOfObjectsByIdAndTakesLaterValues() {
    JsonObject first = OcdsPackages.parse(RELEASE);
    JsonObject second =
        OcdsPackages.withIdAndDate(
            OcdsPackages.parse(
                "{\"ocid\":\"ocds-x-1\",\"tag\":[\"contractAmendment\"],\"contracts\":[{\"id\":\"c1\","
                    + "\"title\":\"Cleaning services\",\"agreedMetrics\":[{\"id\":\"k2\","
                    + "\"title\":\"Volunteer hours\"},{\"id\":\"k3\",\"title\":\"Spend\"}]}]}"),
            "ocds-x-1-200",
            OffsetDateTime.parse("2026-02-01T10:00:00Z"));

    JsonObject compiled = OcdsPackages.compile(List.of(first, second));

    JsonObject contract = compiled.getJsonArray("contracts").getJsonObject(0);
    assertEquals("Cleaning services", contract.getString("title"));
    assertEquals(
        List.of("k1:Jobs", "k2:Volunteer hours", "k3:Spend"),
        contract.getJsonArray("agreedMetrics").stream()
            .map(m -> ((JsonObject) m).getString("id") + ":" + ((JsonObject) m).getString("title"))
            .toList());
    assertEquals("compiled", compiled.getJsonArray("tag").getString(0));
    assertEquals("2026-02-01T10:00:00Z", compiled.getString("date"));
    assertEquals("ocds-x-1-200-compiled", compiled.getString("id"));
  }
}
