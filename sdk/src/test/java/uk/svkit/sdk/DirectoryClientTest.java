package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.models.CreateOfferClaimOptions;
import uk.svkit.sdk.models.CreatePledgeOptions;
import uk.svkit.sdk.models.DirectoryFacets;
import uk.svkit.sdk.models.DirectoryOrganisation;
import uk.svkit.sdk.models.DirectoryOrganisationHit;
import uk.svkit.sdk.models.DirectorySort;
import uk.svkit.sdk.models.LegalForm;
import uk.svkit.sdk.models.Need;
import uk.svkit.sdk.models.NeedOptions;
import uk.svkit.sdk.models.Pledge;
import uk.svkit.sdk.models.PledgeStatus;
import uk.svkit.sdk.models.SaveVcfseProfileOptions;
import uk.svkit.sdk.models.SearchDirectoryOptions;
import uk.svkit.sdk.models.SupportType;
import uk.svkit.sdk.models.VerificationStatus;

class DirectoryClientTest {

  static final String PROFILE =
      "{\"id\":\"o-6\",\"name\":\"Pantry\",\"identifier\":\"GB-CHC-1990001\","
          + "\"legalForm\":\"REGISTERED_CHARITY\",\"themes\":[\"food-insecurity\"],\"base\":{\"postcode\":"
          + "\"CH41 5AB\",\"placeCode\":\"E08000015\",\"latitude\":53.39402,\"longitude\":-3.03022},"
          + "\"verificationStatus\":\"VERIFIED\",\"contacts\":[{\"name\":\"Pat\"}],\"version\":3,"
          + "\"futureField\":1}";

  private StubServer stub;
  private SvkitClient client;

  @BeforeEach
  void start() throws Exception {
    stub = new StubServer();
    client = TestSupport.clientFor(stub, new TestSupport.RecordingSleeper());
  }

  @AfterEach
  void stop() {
    stub.close();
    client.close();
  }

  @Test
  void searchSendsEveryFilterAndReadsHitsAndFacets() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"items\":[{\"id\":\"o-6\",\"name\":\"Pantry\",\"distanceKm\":3.508,"
                + "\"score\":0,\"openNeedCount\":2,\"openSupportTypes\":[\"VOLUNTEERING\",\"TELEPORTING\"]}],"
                + "\"facets\":{\"themes\":[{\"value\":\"mental-health\",\"count\":4}]}}"));
    List<DirectoryOrganisationHit> hits =
        client
            .directory()
            .searchOrganisations(
                SearchDirectoryOptions.builder()
                    .query("food bank")
                    .near("CH41")
                    .radiusKm(5)
                    .theme("mental-health")
                    .supportType(SupportType.VOLUNTEERING)
                    .legalForm(LegalForm.CIO)
                    .placeCode("E08000015")
                    .sort(DirectorySort.DISTANCE)
                    .limit(10)
                    .build())
            .stream()
            .toList();
    String target = stub.lastRequest().path() + "?" + stub.lastRequest().query();
    assertTrue(target.startsWith("/api/v1/directory/organisations?"), target);
    for (String p :
        List.of(
            "q=food%20bank",
            "near=CH41",
            "radiusKm=5.0",
            "theme=mental-health",
            "supportType=VOLUNTEERING",
            "legalForm=CIO",
            "placeCode=E08000015",
            "sort=DISTANCE",
            "limit=10")) {
      assertTrue(target.contains(p), target + " lacks " + p);
    }
    assertEquals(3.508, hits.get(0).getDistanceKm());
    assertEquals(SupportType.VOLUNTEERING, hits.get(0).getOpenSupportTypes().get(0));
    assertEquals("TELEPORTING", hits.get(0).getOpenSupportTypes().get(1).toString());

    stub.enqueue(
        Reply.json(
            200,
            "{\"items\":[],\"facets\":{\"themes\":[{\"value\":\"mental-health\",\"count\":4}],"
                + "\"places\":[],\"supportTypes\":[]}}"));
    DirectoryFacets facets =
        client.directory().getOrganisationFacets(SearchDirectoryOptions.builder().build());
    assertEquals(4, facets.getThemes().get(0).getCount());
    assertTrue(stub.lastRequest().query().contains("limit=1"));
  }

  @Test
  void replacingAProfileSendsItsETag() {
    stub.enqueue(Reply.json(200, PROFILE).header("ETag", "\"3\""));
    DirectoryOrganisation profile = client.directory().getOrganisation("o-6");
    assertEquals("\"3\"", profile.getETag());
    assertEquals(VerificationStatus.VERIFIED, profile.getVerificationStatus());
    assertEquals("Pat", profile.getContacts().get(0).getName());
    assertEquals(53.39402, profile.getBase().getLatitude());

    stub.enqueue(Reply.json(200, PROFILE).header("ETag", "\"4\""));
    client
        .directory()
        .saveProfile(
            profile,
            SaveVcfseProfileOptions.builder()
                .legalForm(LegalForm.CIO)
                .themes(List.of("mental-health"))
                .basePostcode("CH41")
                .build());
    StubServer.Recorded req = stub.lastRequest();
    assertEquals("PUT", req.method);
    assertEquals("/api/v1/directory/organisations/o-6", req.path());
    assertEquals("\"3\"", req.header("If-Match"));
    assertEquals(
        "{\"legalForm\":\"CIO\",\"themes\":[\"mental-health\"],\"basePostcode\":\"CH41\"}",
        req.body);
  }

  @Test
  void pledgesCarryAnIdempotencyKeyAndNeedAnETagToDeliver() {
    stub.enqueue(
        Reply.json(
            201,
            "{\"id\":\"p-1\",\"needId\":\"n-1\",\"quantity\":40,\"commitmentId\":\"k-1\","
                + "\"status\":\"PLEDGED\",\"version\":1}"));
    Pledge pledge =
        client
            .directory()
            .createPledge(
                "n-1",
                CreatePledgeOptions.builder()
                    .quantity(new BigDecimal("40"))
                    .commitmentId("k-1")
                    .build());
    StubServer.Recorded req = stub.lastRequest();
    assertEquals("/api/v1/directory/needs/n-1/pledges", req.path());
    assertTrue(req.header("Idempotency-Key") != null);
    assertEquals("{\"quantity\":40,\"commitmentId\":\"k-1\"}", req.body);
    assertEquals(PledgeStatus.PLEDGED, pledge.getStatus());
    assertNull(pledge.getETag());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            client
                .directory()
                .recordPledgeDelivery(
                    pledge, uk.svkit.sdk.models.RecordDeliveryOptions.builder().build()));
  }

  @Test
  void aCallersOwnIdempotencyKeyIsSentAndTheReplayIsVisible() {
    stub.enqueue(
        Reply.json(
                201,
                "{\"id\":\"n-1\",\"supportType\":\"VOLUNTEERING\",\"title\":\"Packing\","
                    + "\"status\":\"OPEN\",\"version\":1}")
            .header("Location", stub.endpoint() + "/api/v1/directory/needs/n-1")
            .header("ETag", "\"1\"")
            .header("Idempotent-Replayed", "true"));
    Response<Need> response =
        client
            .directory()
            .createNeedWithResponse(
                NeedOptions.builder()
                    .supportType(SupportType.VOLUNTEERING)
                    .title("Packing")
                    .expiresOn(LocalDate.of(2026, 12, 20))
                    .build(),
                RequestOptions.builder().idempotencyKey("crm-need-77").build());
    StubServer.Recorded req = stub.lastRequest();
    assertEquals("/api/v1/directory/needs", req.path());
    assertEquals("crm-need-77", req.header("Idempotency-Key"));
    assertEquals(201, response.getStatusCode());
    assertEquals("true", response.getHeader("Idempotent-Replayed"));
    assertTrue(response.getHeader("Location").endsWith("/directory/needs/n-1"));
    assertEquals("\"1\"", response.getValue().getETag());

    stub.enqueue(
        Reply.json(
            201, "{\"id\":\"c-1\",\"offerId\":\"o-1\",\"status\":\"CLAIMED\",\"version\":1}"));
    client
        .directory()
        .createOfferClaim(
            "o-1",
            CreateOfferClaimOptions.builder().quantity(new BigDecimal("5")).build(),
            RequestOptions.builder().idempotencyKey("crm-claim-12").build());
    assertEquals("/api/v1/directory/offers/o-1/claims", stub.lastRequest().path());
    assertEquals("crm-claim-12", stub.lastRequest().header("Idempotency-Key"));
  }
}
