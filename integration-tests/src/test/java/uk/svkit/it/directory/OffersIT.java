package uk.svkit.it.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.Page;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.models.AuditAction;
import uk.svkit.sdk.models.AuditEvent;
import uk.svkit.sdk.models.CommitmentPeriod;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractCommitmentInput;
import uk.svkit.sdk.models.CreateContractOptions;
import uk.svkit.sdk.models.CreateOfferClaimOptions;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.LegalForm;
import uk.svkit.sdk.models.ListAuditEventsOptions;
import uk.svkit.sdk.models.Offer;
import uk.svkit.sdk.models.OfferClaim;
import uk.svkit.sdk.models.OfferClaimStatus;
import uk.svkit.sdk.models.OfferOptions;
import uk.svkit.sdk.models.OfferSort;
import uk.svkit.sdk.models.OfferStatus;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.PledgeEvidence;
import uk.svkit.sdk.models.RecordOfferDeliveryOptions;
import uk.svkit.sdk.models.ReportingFrequency;
import uk.svkit.sdk.models.SaveVcfseProfileOptions;
import uk.svkit.sdk.models.SearchOffersOptions;
import uk.svkit.sdk.models.SupportType;

/**
 * Offers on the noticeboard through the SDK: businesses post them, VCFSEs claim them in part or
 * whole, the business records delivery (as KPI evidence when a claim names one of its KPIs); the
 * life cycle, ownership, expiry and every search filter. Each test words its offers with a unique
 * tag and searches for it, so other data never interferes.
 */
class OffersIT extends SvkitServer {
  static final String SUPPLIER = "GB-COH-09900001";
  static final String SUPPLIER_ID = "8f1f3c39-0000-4000-8000-000000000004";
  static final String OTHER_SUPPLIER = "GB-COH-09900002";
  static final String WIRRAL = "E08000015";
  static final String LIVERPOOL = "E08000012";
  static final double[] CH41 = {53.39402, -3.03022};
  static final double[] L1 = {53.40254, -2.97928};

  private SvkitClient admin;
  private SvkitClient business;
  private SvkitClient otherBusiness;
  private final List<SvkitClient> opened = new ArrayList<>();

  @BeforeEach
  void connect() {
    admin = open(Tokens.admin());
    business = open(Tokens.of(SUPPLIER, "supplier"));
    otherBusiness = open(Tokens.of(OTHER_SUPPLIER, "supplier"));
  }

  @AfterEach
  void close() {
    opened.forEach(SvkitClient::close);
  }

  private SvkitClient open(String token) {
    SvkitClient client = Clients.of(endpoint(), token);
    opened.add(client);
    return client;
  }

  /** A VCFSE registered for the test, with a profile, acting through its own client. */
  record Vcfse(String id, SvkitClient client) {}

  private Vcfse vcfse(String name) {
    String identifier = uniqueCompanyIdentifier();
    String id =
        admin
            .organisations()
            .createOrganisation(
                CreateOrganisationOptions.builder()
                    .name(name)
                    .roles(Set.of(OrganisationRole.VCFSE))
                    .identifier(identifier)
                    .build())
            .getId();
    SvkitClient client = open(Tokens.of(identifier, "vcfse"));
    client
        .directory()
        .saveProfile(
            id,
            SaveVcfseProfileOptions.builder()
                .legalForm(LegalForm.CIO)
                .basePostcode("CH41")
                .build());
    return new Vcfse(id, client);
  }

  private static String tag() {
    return "zo" + Long.toString(System.nanoTime(), 36);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private static OfferOptions.Builder offer(SupportType type, String title, String quantity) {
    OfferOptions.Builder b =
        OfferOptions.builder().supportType(type).title(title).expiresOn(today().plusDays(30));
    if (quantity != null) {
      b.quantity(new BigDecimal(quantity)).unit("hours");
    }
    return b;
  }

  private List<String> titles(SearchOffersOptions options) {
    return admin.directory().searchOffers(options).stream().map(Offer::getTitle).toList();
  }

  private static double km(double[] a, double[] b) {
    double dLat = Math.toRadians(b[0] - a[0]);
    double dLon = Math.toRadians(b[1] - a[1]);
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(a[0]))
                * Math.cos(Math.toRadians(b[0]))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371.0 * Math.asin(Math.sqrt(h));
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual);
  }

  // ---- life cycle -------------------------------------------------------------------------

  @Test
  void claimsInPartThenWholeTakeTheOfferAndDeliveriesDeliverIt() {
    String tag = tag();
    Vcfse pantry = vcfse("Pantry " + tag);
    Vcfse youth = vcfse("Youth club " + tag);
    Offer offer =
        business
            .directory()
            .createOffer(
                offer(SupportType.MENTORING, "CV clinics " + tag, "40")
                    .description("Our HR team runs CV clinics")
                    .postcode("CH41 5AB")
                    .build());
    assertEquals(OfferStatus.OPEN, offer.getStatus());
    assertEquals(SUPPLIER_ID, offer.getOrganisationId());
    assertFalse(offer.getOrganisationName().isBlank(), "the business's name, copied for searches");
    assertEquals(WIRRAL, offer.getPlaceCode(), "the postcode's place is the default");
    assertEquals(CH41[0], offer.getLatitude(), 1e-9);

    OfferClaim part =
        pantry
            .client()
            .directory()
            .createOfferClaim(
                offer.getId(),
                CreateOfferClaimOptions.builder()
                    .quantity(new BigDecimal("10"))
                    .note("Ten of our volunteers")
                    .build());
    assertEquals(OfferClaimStatus.CLAIMED, part.getStatus());
    Offer partly = admin.directory().getOffer(offer.getId());
    assertEquals(OfferStatus.PARTLY_TAKEN, partly.getStatus());
    assertAmount("30", partly.getRemainingQuantity());
    assertEquals(
        List.of("CV clinics " + tag),
        titles(SearchOffersOptions.builder().query(tag).build()),
        "partly taken is still listed");
    // A search reads its page straight from the table: each item is the offer as read on its own.
    assertEquals(
        http().get("/api/v1/directory/offers/" + offer.getId()).send().json(),
        http()
            .get("/api/v1/directory/offers?q=" + tag)
            .send()
            .json()
            .getJsonArray("items")
            .getJsonObject(0));
    BusinessRuleException tooMuch =
        assertThrows(
            BusinessRuleException.class,
            () ->
                youth
                    .client()
                    .directory()
                    .createOfferClaim(
                        offer.getId(),
                        CreateOfferClaimOptions.builder().quantity(new BigDecimal("31")).build()));
    assertTrue(tooMuch.getMessage().contains("30"), tooMuch.getMessage());

    OfferClaim rest =
        youth
            .client()
            .directory()
            .createOfferClaim(offer.getId(), CreateOfferClaimOptions.builder().build());
    assertAmount("30", rest.getQuantity());
    Offer taken = admin.directory().getOffer(offer.getId());
    assertEquals(OfferStatus.TAKEN, taken.getStatus());
    assertEquals(2, taken.getClaimCount());
    assertTrue(
        titles(SearchOffersOptions.builder().query(tag).build()).isEmpty(),
        "taken in whole: no longer listed");
    assertThrows(
        ConflictException.class,
        () ->
            pantry
                .client()
                .directory()
                .createOfferClaim(
                    offer.getId(),
                    CreateOfferClaimOptions.builder().quantity(BigDecimal.ONE).build()));

    // Who sees which claim: the business all, each VCFSE its own, nobody else any.
    assertEquals(2, business.directory().listOfferClaims(offer.getId()).stream().count());
    assertEquals(
        List.of(part.getId()),
        pantry.client().directory().listOfferClaims(offer.getId()).stream()
            .map(OfferClaim::getId)
            .toList());
    assertThrows(
        NotFoundException.class,
        () -> pantry.client().directory().getOfferClaim(offer.getId(), rest.getId()));
    assertThrows(
        NotFoundException.class,
        () -> otherBusiness.directory().getOfferClaim(offer.getId(), part.getId()));

    // The business records deliveries; the VCFSE may not, another business cannot even see the
    // claim.
    OfferClaim partRead = business.directory().getOfferClaim(offer.getId(), part.getId());
    assertThrows(
        PermissionDeniedException.class,
        () ->
            pantry
                .client()
                .directory()
                .recordOfferClaimDelivery(
                    pantry.client().directory().getOfferClaim(offer.getId(), part.getId()),
                    RecordOfferDeliveryOptions.builder().build()));
    OfferClaim delivered =
        business
            .directory()
            .recordOfferClaimDelivery(
                partRead, RecordOfferDeliveryOptions.builder().note("Done").build());
    assertEquals(OfferClaimStatus.DELIVERED, delivered.getStatus());
    assertAmount("10", delivered.getDeliveredQuantity());
    assertThrows(
        ConflictException.class,
        () ->
            business
                .directory()
                .recordOfferClaimDelivery(
                    business.directory().getOfferClaim(offer.getId(), part.getId()),
                    RecordOfferDeliveryOptions.builder().build()));
    assertEquals(OfferStatus.TAKEN, admin.directory().getOffer(offer.getId()).getStatus());
    business
        .directory()
        .recordOfferClaimDelivery(
            business.directory().getOfferClaim(offer.getId(), rest.getId()),
            RecordOfferDeliveryOptions.builder().deliveredQuantity(new BigDecimal("30")).build());
    Offer done = admin.directory().getOffer(offer.getId());
    assertEquals(OfferStatus.DELIVERED, done.getStatus());
    assertAmount("40", done.getDeliveredQuantity());

    // Audited like every other write.
    List<AuditAction> actions =
        admin
            .audit()
            .listAuditEvents(ListAuditEventsOptions.builder().entityId(offer.getId()).build())
            .stream()
            .map(AuditEvent::getAction)
            .toList();
    assertEquals(AuditAction.CREATED, actions.get(0));
    assertTrue(actions.size() >= 5, actions.toString());
    assertEquals(
        2,
        admin
            .audit()
            .listAuditEvents(
                ListAuditEventsOptions.builder()
                    .entityType("offer-claim")
                    .entityId(part.getId())
                    .build())
            .stream()
            .count());
    // The delivery, awaiting the VCFSE's confirmation, shares the claim's id.
    assertEquals(
        List.of(AuditAction.CREATED),
        admin
            .audit()
            .listAuditEvents(
                ListAuditEventsOptions.builder()
                    .entityType("delivery")
                    .entityId(part.getId())
                    .build())
            .stream()
            .map(AuditEvent::getAction)
            .toList());
  }

  @Test
  void onlyItsBusinessChangesAnOfferWithTheCurrentETag() {
    String tag = tag();
    OfferOptions options =
        offer(SupportType.EQUIPMENT, "Laptops " + tag, "12").placeCode(WIRRAL).build();
    Offer offer = business.directory().createOffer(options);
    Offer read = business.directory().getOffer(offer.getId());

    assertThrows(
        PermissionDeniedException.class,
        () -> otherBusiness.directory().updateOffer(read, options));
    assertThrows(PermissionDeniedException.class, () -> otherBusiness.directory().closeOffer(read));
    Vcfse vcfse = vcfse("Repair cafe " + tag);
    assertThrows(
        PermissionDeniedException.class,
        () -> vcfse.client().directory().createOffer(options),
        "VCFSEs post needs, not offers");
    assertThrows(
        PermissionDeniedException.class,
        () -> vcfse.client().directory().updateOffer(read, options));
    assertThrows(
        PermissionDeniedException.class,
        () ->
            business
                .directory()
                .createOfferClaim(offer.getId(), CreateOfferClaimOptions.builder().build()),
        "businesses do not claim offers");

    Offer changed =
        business
            .directory()
            .updateOffer(
                read,
                offer(SupportType.EQUIPMENT, "Refurbished laptops " + tag, "15")
                    .placeCode(WIRRAL)
                    .build());
    assertEquals("Refurbished laptops " + tag, changed.getTitle());
    assertEquals(read.getVersion() + 1, changed.getVersion());
    assertThrows(
        PreconditionFailedException.class,
        () -> business.directory().updateOffer(read, options),
        "stale ETag");
    Http.Reply noIfMatch =
        http()
            .put(
                "/api/v1/directory/offers/" + offer.getId(),
                "{\"supportType\":\"EQUIPMENT\",\"title\":\"x\",\"expiresOn\":\""
                    + today().plusDays(3)
                    + "\"}")
            .token(Tokens.of(SUPPLIER, "supplier"))
            .send();
    assertEquals(428, noIfMatch.status());
    assertEquals("application/problem+json", noIfMatch.header("Content-Type").split(";")[0]);

    Offer closed = business.directory().closeOffer(business.directory().getOffer(offer.getId()));
    assertEquals(OfferStatus.CLOSED, closed.getStatus());
    assertThrows(ConflictException.class, () -> business.directory().closeOffer(closed));
    assertThrows(ConflictException.class, () -> business.directory().updateOffer(closed, options));
    assertTrue(titles(SearchOffersOptions.builder().query(tag).build()).isEmpty());
  }

  @Test
  void creatingWithAnIdempotencyKeyTwiceMakesOneOffer() {
    String body =
        "{\"supportType\":\"SPACE\",\"title\":\"Meeting room "
            + tag()
            + "\",\"expiresOn\":\""
            + today().plusDays(5)
            + "\"}";
    String key = "offer-" + tag();
    Http.Reply first =
        http()
            .post("/api/v1/directory/offers", body)
            .token(Tokens.of(SUPPLIER, "supplier"))
            .header("Idempotency-Key", key)
            .send();
    Http.Reply again =
        http()
            .post("/api/v1/directory/offers", body)
            .token(Tokens.of(SUPPLIER, "supplier"))
            .header("Idempotency-Key", key)
            .send();
    assertEquals(201, first.status());
    assertEquals(201, again.status());
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(first.json().getString("id"), again.json().getString("id"));
    assertEquals(first.header("Location"), again.header("Location"));
    assertEquals(401, http().post("/api/v1/directory/offers", body).send().status());
  }

  @Test
  void expiredOffersStopAppearingAndTakeNoClaimsButEarlierClaimsStayDeliverable() {
    String tag = tag();
    Vcfse vcfse = vcfse("Allotment " + tag);
    Offer offer =
        business
            .directory()
            .createOffer(
                offer(SupportType.VOLUNTEERING, "Gardening day " + tag, "20")
                    .expiresOn(today())
                    .build());
    assertEquals(
        List.of("Gardening day " + tag),
        titles(SearchOffersOptions.builder().query(tag).build()),
        "listed on its last day");
    OfferClaim claim =
        vcfse
            .client()
            .directory()
            .createOfferClaim(
                offer.getId(),
                CreateOfferClaimOptions.builder().quantity(new BigDecimal("5")).build());

    Offer expired =
        business
            .directory()
            .updateOffer(
                business.directory().getOffer(offer.getId()),
                offer(SupportType.VOLUNTEERING, "Gardening day " + tag, "20")
                    .expiresOn(today().minusDays(1))
                    .build());
    assertTrue(expired.isExpired());
    assertTrue(titles(SearchOffersOptions.builder().query(tag).build()).isEmpty());
    assertThrows(
        BusinessRuleException.class,
        () ->
            vcfse
                .client()
                .directory()
                .createOfferClaim(
                    offer.getId(),
                    CreateOfferClaimOptions.builder().quantity(BigDecimal.ONE).build()));
    assertEquals(
        OfferClaimStatus.DELIVERED,
        business
            .directory()
            .recordOfferClaimDelivery(
                business.directory().getOfferClaim(offer.getId(), claim.getId()),
                RecordOfferDeliveryOptions.builder().build())
            .getStatus());
    assertThrows(
        BusinessRuleException.class,
        () ->
            business
                .directory()
                .createOffer(
                    offer(SupportType.SPACE, "Late " + tag, null)
                        .expiresOn(today().minusDays(1))
                        .build()),
        "a new offer must not be expired already");
  }

  // ---- search -----------------------------------------------------------------------------

  @Test
  void searchFiltersBySupportTypePlaceBusinessTextAndDistanceAndPagesStably() {
    String tag = tag();
    Offer wirral =
        business
            .directory()
            .createOffer(
                offer(SupportType.MENTORING, "Mentors Birkenhead " + tag, "10")
                    .postcode("CH41")
                    .expiresOn(today().plusDays(10))
                    .build());
    Offer liverpool =
        otherBusiness
            .directory()
            .createOffer(
                offer(SupportType.EQUIPMENT, "Desks Liverpool " + tag, null)
                    .description("Twenty office desks")
                    .postcode("L1")
                    .expiresOn(today().plusDays(20))
                    .build());
    Offer warrington =
        business
            .directory()
            .createOffer(
                offer(SupportType.SPACE, "Hall Warrington " + tag, null)
                    .placeCode("E06000007")
                    .expiresOn(today().plusDays(30))
                    .build());

    // Default order: soonest expiry first.
    assertEquals(
        List.of(wirral.getTitle(), liverpool.getTitle(), warrington.getTitle()),
        titles(SearchOffersOptions.builder().query(tag).build()));
    assertEquals(
        List.of(liverpool.getTitle()),
        titles(
            SearchOffersOptions.builder().query(tag).supportType(SupportType.EQUIPMENT).build()));
    assertEquals(
        List.of(liverpool.getTitle()),
        titles(SearchOffersOptions.builder().query(tag + " twenty desks").build()),
        "every word, title or description");
    assertEquals(
        List.of(liverpool.getTitle()),
        titles(SearchOffersOptions.builder().query(tag).placeCode(LIVERPOOL).build()));
    assertEquals(
        List.of(wirral.getTitle(), warrington.getTitle()),
        titles(SearchOffersOptions.builder().query(tag).organisationId(SUPPLIER_ID).build()));
    assertEquals(
        List.of(warrington.getTitle(), liverpool.getTitle(), wirral.getTitle()),
        titles(SearchOffersOptions.builder().query(tag).sort(OfferSort.NEWEST).build()));

    // Near a point: offers without a postcode are left out; distances are from the offer's
    // postcode.
    List<Offer> near =
        admin
            .directory()
            .searchOffers(
                SearchOffersOptions.builder().query(tag).near("CH41").radiusKm(10).build())
            .stream()
            .toList();
    assertEquals(
        List.of(wirral.getTitle(), liverpool.getTitle()),
        near.stream().map(Offer::getTitle).toList());
    assertEquals(0.0, near.get(0).getDistanceKm(), 1e-9);
    assertEquals(km(CH41, L1), near.get(1).getDistanceKm(), 0.001);
    assertEquals(
        List.of(wirral.getTitle()),
        titles(
            SearchOffersOptions.builder()
                .query(tag)
                .near("CH41")
                .radiusKm(km(CH41, L1) - 0.1)
                .build()));
    assertEquals(
        List.of(liverpool.getTitle()),
        titles(
            SearchOffersOptions.builder()
                .query(tag)
                .latitude(L1[0])
                .longitude(L1[1])
                .radiusKm(1)
                .build()));
    assertThrows(
        BusinessRuleException.class,
        () -> titles(SearchOffersOptions.builder().near("ZZ99").build()));
    assertThrows(
        uk.svkit.sdk.exception.ValidationException.class,
        () -> titles(SearchOffersOptions.builder().sort(OfferSort.DISTANCE).build()));

    // Paging one at a time: an offer posted between pages appears where it sorts, nothing repeats.
    Page<Offer> first =
        admin
            .directory()
            .searchOffers(SearchOffersOptions.builder().query(tag).limit(1).build())
            .byPage()
            .iterator()
            .next();
    assertEquals(
        List.of(wirral.getTitle()), first.getItems().stream().map(Offer::getTitle).toList());
    business
        .directory()
        .createOffer(
            offer(SupportType.FUNDING, "Grant " + tag, "500")
                .expiresOn(today().plusDays(15))
                .build());
    List<String> rest = new ArrayList<>();
    for (Page<Offer> page :
        admin
            .directory()
            .searchOffers(SearchOffersOptions.builder().query(tag).limit(1).build())
            .byPage(first.getNextCursor())) {
      page.getItems().forEach(o -> rest.add(o.getTitle()));
    }
    assertEquals(List.of("Grant " + tag, liverpool.getTitle(), warrington.getTitle()), rest);
  }

  @Test
  void anOffersFullPostcodeGivesItsExactPoint() {
    String tag = tag();
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String postcode =
        "ZQ"
            + r.nextInt(1, 10)
            + " 9"
            + (char) ('A' + r.nextInt(26))
            + (char) ('A' + r.nextInt(26));
    admin
        .places()
        .importPostcodes(
            "pcds,lat,long,oslaua\r\n" + postcode + ",53.41,-2.99," + LIVERPOOL + "\r\n");
    Offer offer =
        business
            .directory()
            .createOffer(
                offer(SupportType.SPACE, "Studio " + tag, null).postcode(postcode).build());
    assertEquals(postcode, offer.getPostcode());
    assertEquals(53.41, offer.getLatitude(), 1e-9);
    assertEquals(LIVERPOOL, offer.getPlaceCode());
    List<Offer> near =
        admin
            .directory()
            .searchOffers(
                SearchOffersOptions.builder().query(tag).near(postcode).radiusKm(1).build())
            .stream()
            .toList();
    assertEquals(0.0, near.get(0).getDistanceKm(), 1e-9);
    assertEquals(
        km(new double[] {53.41, -2.99}, L1),
        admin
            .directory()
            .searchOffers(SearchOffersOptions.builder().query(tag).near("L1").radiusKm(10).build())
            .stream()
            .findFirst()
            .orElseThrow()
            .getDistanceKm(),
        0.001);
    assertThrows(
        BusinessRuleException.class,
        () ->
            business
                .directory()
                .createOffer(
                    offer(SupportType.SPACE, "Nowhere " + tag, null).postcode("ZZ9 9ZZ").build()));
  }

  // ---- KPI evidence -----------------------------------------------------------------------

  @Test
  void deliveryThroughAClaimNamingItsBusinessesKpiIsEvidenceOfIt() {
    String tag = tag();
    try (SvkitClient buyer = Clients.of(endpoint(), Tokens.of("GB-LAE-WRL", "buyer"))) {
      Contract contract =
          buyer
              .contracts()
              .createContract(
                  CreateContractOptions.builder()
                      .buyerContractId(unique("WRL-O").replace(' ', '-'))
                      .title("Offers contract")
                      .supplierOrganisationId(SUPPLIER_ID)
                      .value(new BigDecimal("500000"))
                      .startDate(LocalDate.of(2026, 1, 1))
                      .endDate(LocalDate.of(2027, 12, 31))
                      .frameworkCode("SVK-LOCAL")
                      .edition("1")
                      .proxySetId("f274eec2-15a5-55a8-b0ed-d650872afa14")
                      .addCommitment(
                          ContractCommitmentInput.builder("LM-VOL-01", new BigDecimal("730"))
                              .title("Volunteering hours")
                              .period(CommitmentPeriod.WHOLE_CONTRACT)
                              .reportingFrequency(ReportingFrequency.QUARTERLY)
                              .build())
                      .build());
      String kpi = contract.getCommitments().get(0).getId();
      Vcfse vcfse = vcfse("Beach clean " + tag);

      Offer offer =
          business
              .directory()
              .createOffer(
                  offer(SupportType.VOLUNTEERING, "Staff volunteering " + tag, "60").build());
      OfferClaim claim =
          vcfse
              .client()
              .directory()
              .createOfferClaim(
                  offer.getId(),
                  CreateOfferClaimOptions.builder()
                      .quantity(new BigDecimal("24"))
                      .commitmentId(kpi)
                      .build());
      assertTrue(
          buyer.contracts().listPledgeEvidence(contract.getId()).isEmpty(),
          "a claim is a promise; delivery is the evidence");
      // Issue 13, finding 4: the business cannot inflate its KPI evidence beyond what was claimed.
      BusinessRuleException inflated =
          assertThrows(
              BusinessRuleException.class,
              () ->
                  business
                      .directory()
                      .recordOfferClaimDelivery(
                          business.directory().getOfferClaim(offer.getId(), claim.getId()),
                          RecordOfferDeliveryOptions.builder()
                              .deliveredQuantity(new BigDecimal("999999999"))
                              .build()));
      assertEquals("deliveredQuantity", inflated.getErrors().get(0).getField());
      assertTrue(buyer.contracts().listPledgeEvidence(contract.getId()).isEmpty());
      business
          .directory()
          .recordOfferClaimDelivery(
              business.directory().getOfferClaim(offer.getId(), claim.getId()),
              RecordOfferDeliveryOptions.builder()
                  .deliveredQuantity(new BigDecimal("20"))
                  .note("Four Saturdays")
                  .build());

      List<PledgeEvidence> evidence = buyer.contracts().listPledgeEvidence(contract.getId());
      assertEquals(1, evidence.size());
      PledgeEvidence e = evidence.get(0);
      assertEquals(claim.getId(), e.getPledgeId());
      assertEquals(offer.getId(), e.getNeedId());
      assertEquals("Staff volunteering " + tag, e.getNeedTitle());
      assertEquals(kpi, e.getCommitmentId());
      assertEquals(vcfse.id(), e.getVcfseOrganisationId());
      assertEquals(SUPPLIER_ID, e.getBusinessOrganisationId());
      assertAmount("20", e.getDeliveredQuantity());

      // Another business's offer naming this KPI (the claim, or its delivery) is not evidence of
      // it.
      Offer others =
          otherBusiness
              .directory()
              .createOffer(
                  offer(SupportType.VOLUNTEERING, "Other volunteering " + tag, "10").build());
      OfferClaim misnamed =
          vcfse
              .client()
              .directory()
              .createOfferClaim(
                  others.getId(), CreateOfferClaimOptions.builder().commitmentId(kpi).build());
      OfferClaim recorded =
          otherBusiness
              .directory()
              .recordOfferClaimDelivery(
                  otherBusiness.directory().getOfferClaim(others.getId(), misnamed.getId()),
                  RecordOfferDeliveryOptions.builder().build());
      assertEquals(kpi, recorded.getCommitmentId());
      assertEquals(1, buyer.contracts().listPledgeEvidence(contract.getId()).size());

      // A commitment named at delivery counts too (the business knows its KPIs; the VCFSE may not).
      OfferClaim unnamed =
          vcfse
              .client()
              .directory()
              .createOfferClaim(
                  offer.getId(),
                  CreateOfferClaimOptions.builder().quantity(new BigDecimal("6")).build());
      assertNull(unnamed.getCommitmentId());
      business
          .directory()
          .recordOfferClaimDelivery(
              business.directory().getOfferClaim(offer.getId(), unnamed.getId()),
              RecordOfferDeliveryOptions.builder().commitmentId(kpi).build());
      assertEquals(2, buyer.contracts().listPledgeEvidence(contract.getId()).size());
      assertFalse(
          buyer.contracts().listPledgeEvidence(contract.getId()).stream()
              .anyMatch(p -> p.getPledgeId().equals(misnamed.getId())));
    }
  }
}
