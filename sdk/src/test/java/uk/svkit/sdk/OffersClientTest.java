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
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.models.CreateOfferClaimOptions;
import uk.svkit.sdk.models.Offer;
import uk.svkit.sdk.models.OfferClaim;
import uk.svkit.sdk.models.OfferClaimStatus;
import uk.svkit.sdk.models.OfferOptions;
import uk.svkit.sdk.models.OfferSort;
import uk.svkit.sdk.models.OfferStatus;
import uk.svkit.sdk.models.RecordOfferDeliveryOptions;
import uk.svkit.sdk.models.SearchOffersOptions;
import uk.svkit.sdk.models.SupportType;

/** The noticeboard's offers and claims through {@link DirectoryClient}, against the local stub. */
class OffersClientTest {

  static final String OFFER =
      "{\"id\":\"f-1\",\"organisationId\":\"b-1\",\"organisationName\":\"Acme\","
          + "\"supportType\":\"MENTORING\",\"title\":\"CV clinics\",\"quantity\":40,\"unit\":\"hours\","
          + "\"claimedQuantity\":10,\"remainingQuantity\":30,\"postcode\":\"CH41 5AB\",\"latitude\":53.39,"
          + "\"longitude\":-3.03,\"expiresOn\":\"2026-12-31\",\"status\":\"PARTLY_TAKEN\",\"claimCount\":1,"
          + "\"version\":2,\"futureField\":true}";

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
  void searchSendsEveryFilterAndPagesLazily() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"items\":["
                + OFFER
                + "],\"next\":\""
                + stub.endpoint()
                + "/api/v1/directory/offers?cursor=c2\"}"));
    stub.enqueue(
        Reply.json(200, "{\"items\":[{\"id\":\"f-2\",\"status\":\"SHARED\",\"distanceKm\":4.2}]}"));

    List<Offer> offers =
        client
            .directory()
            .searchOffers(
                SearchOffersOptions.builder()
                    .query("cv clinic")
                    .supportType(SupportType.MENTORING)
                    .placeCode("E08000015")
                    .near("CH41 5AB")
                    .radiusKm(5)
                    .organisationId("b-1")
                    .sort(OfferSort.DISTANCE)
                    .limit(1)
                    .build())
            .stream()
            .toList();

    assertEquals(2, offers.size());
    assertEquals("cursor=c2", stub.lastRequest().query());
    String first = stub.requests().get(0).path() + "?" + stub.requests().get(0).query();
    assertTrue(first.startsWith("/api/v1/directory/offers?"), first);
    for (String p :
        List.of(
            "q=cv%20clinic",
            "supportType=MENTORING",
            "placeCode=E08000015",
            "near=CH41%205AB",
            "radiusKm=5.0",
            "organisationId=b-1",
            "sort=DISTANCE",
            "limit=1")) {
      assertTrue(first.contains(p), first + " lacks " + p);
    }
    Offer offer = offers.get(0);
    assertEquals(OfferStatus.PARTLY_TAKEN, offer.getStatus());
    assertEquals(SupportType.MENTORING, offer.getSupportType());
    assertEquals(new BigDecimal("30"), offer.getRemainingQuantity());
    assertEquals(LocalDate.of(2026, 12, 31), offer.getExpiresOn());
    assertEquals(1, offer.getClaimCount());
    // A status this SDK does not know is kept, not rejected.
    assertEquals("SHARED", offers.get(1).getStatus().toString());
    assertEquals(4.2, offers.get(1).getDistanceKm());
  }

  @Test
  void creatingSendsAnIdempotencyKeyAndChangingSendsTheETag() {
    stub.enqueue(Reply.json(201, OFFER).header("ETag", "\"2\""));
    OfferOptions options =
        OfferOptions.builder()
            .supportType(SupportType.MENTORING)
            .title("CV clinics")
            .quantity(new BigDecimal("40"))
            .unit("hours")
            .postcode("CH41 5AB")
            .expiresOn(LocalDate.of(2026, 12, 31))
            .build();
    Offer offer = client.directory().createOffer(options);
    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/directory/offers", req.path());
    assertTrue(req.header("Idempotency-Key") != null);
    assertEquals(
        "{\"supportType\":\"MENTORING\",\"title\":\"CV clinics\",\"quantity\":40,\"unit\":\"hours\","
            + "\"postcode\":\"CH41 5AB\",\"expiresOn\":\"2026-12-31\"}",
        req.body);
    assertEquals("\"2\"", offer.getETag());

    stub.enqueue(Reply.json(200, OFFER).header("ETag", "\"3\""));
    client.directory().updateOffer(offer, options);
    assertEquals("PUT", stub.lastRequest().method);
    assertEquals("/api/v1/directory/offers/f-1", stub.lastRequest().path());
    assertEquals("\"2\"", stub.lastRequest().header("If-Match"));

    stub.enqueue(Reply.json(200, OFFER).header("ETag", "\"4\""));
    client.directory().closeOffer(offer);
    assertEquals("/api/v1/directory/offers/f-1/close", stub.lastRequest().path());
    assertEquals("\"2\"", stub.lastRequest().header("If-Match"));
  }

  @Test
  void claimsAreMadeWithAKeyAndDeliveredWithTheClaimsETag() {
    stub.enqueue(
        Reply.json(
            201,
            "{\"id\":\"c-1\",\"offerId\":\"f-1\",\"quantity\":10,\"commitmentId\":\"k-1\","
                + "\"status\":\"CLAIMED\",\"version\":1}"));
    OfferClaim claim =
        client
            .directory()
            .createOfferClaim(
                "f-1",
                CreateOfferClaimOptions.builder()
                    .quantity(new BigDecimal("10"))
                    .commitmentId("k-1")
                    .build());
    StubServer.Recorded req = stub.lastRequest();
    assertEquals("/api/v1/directory/offers/f-1/claims", req.path());
    assertTrue(req.header("Idempotency-Key") != null);
    assertEquals("{\"quantity\":10,\"commitmentId\":\"k-1\"}", req.body);
    assertEquals(OfferClaimStatus.CLAIMED, claim.getStatus());
    assertNull(claim.getETag());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            client
                .directory()
                .recordOfferClaimDelivery(claim, RecordOfferDeliveryOptions.builder().build()));

    stub.enqueue(
        Reply.json(200, "{\"id\":\"c-1\",\"offerId\":\"f-1\",\"status\":\"CLAIMED\",\"version\":1}")
            .header("ETag", "\"1\""));
    OfferClaim read = client.directory().getOfferClaim("f-1", "c-1");
    assertEquals("/api/v1/directory/offers/f-1/claims/c-1", stub.lastRequest().path());

    stub.enqueue(
        Reply.json(
                200,
                "{\"id\":\"c-1\",\"offerId\":\"f-1\",\"status\":\"DELIVERED\",\"deliveredQuantity\":8,"
                    + "\"version\":2}")
            .header("ETag", "\"2\""));
    OfferClaim delivered =
        client
            .directory()
            .recordOfferClaimDelivery(
                read,
                RecordOfferDeliveryOptions.builder()
                    .deliveredQuantity(new BigDecimal("8"))
                    .note("Two sessions")
                    .build());
    req = stub.lastRequest();
    assertEquals("/api/v1/directory/offers/f-1/claims/c-1/delivery", req.path());
    assertEquals("\"1\"", req.header("If-Match"));
    assertNull(req.header("Idempotency-Key"));
    assertEquals("{\"deliveredQuantity\":8,\"note\":\"Two sessions\"}", req.body);
    assertEquals(OfferClaimStatus.DELIVERED, delivered.getStatus());
    assertEquals(new BigDecimal("8"), delivered.getDeliveredQuantity());
  }

  @Test
  void listingClaimsAndRefusals() {
    stub.enqueue(
        Reply.json(
            200, "{\"items\":[{\"id\":\"c-1\",\"offerId\":\"f-1\",\"status\":\"CLAIMED\"}]}"));
    assertEquals(
        List.of("c-1"),
        client.directory().listOfferClaims("f-1").stream().map(OfferClaim::getId).toList());
    assertEquals("/api/v1/directory/offers/f-1/claims", stub.lastRequest().path());

    stub.enqueue(
        Reply.problem(
            403,
            "/problems/forbidden",
            "Forbidden",
            "Only the business that posted the offer may change it."));
    assertThrows(PermissionDeniedException.class, () -> client.directory().getOffer("f-1"));
  }
}
