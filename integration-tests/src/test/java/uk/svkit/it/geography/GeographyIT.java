package uk.svkit.it.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.models.Place;

/** The shipped Cheshire & Merseyside reference geography. */
class GeographyIT extends SvkitServer {
  @Test
  void theNinePlacesOfCheshireAndMerseysideAreLoaded() {
    try (SvkitClient client = Clients.of(endpoint(), Tokens.of("GB-LAE-WRL", "buyer"))) {
      List<String> codes = client.places().listPlaces().stream().map(Place::getCode).toList();

      assertEquals(
          List.of(
              "E06000006",
              "E06000007",
              "E06000049",
              "E06000050",
              "E08000011",
              "E08000012",
              "E08000013",
              "E08000014",
              "E08000015"),
          codes);
      assertEquals("Wirral", client.places().getPlace("E08000015").getName());
      assertEquals(53.39402, client.places().getPostcodeDistrict("CH41").getLatitude(), 1e-9);
      assertThrows(NotFoundException.class, () -> client.places().getPostcodeDistrict("ZZ99"));
    }
  }
}
