package uk.svkit.it.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.Page;
import uk.svkit.sdk.RequestOptions;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.PreconditionRequiredException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.CreatePledgeOptions;
import uk.svkit.sdk.models.DirectoryFacets;
import uk.svkit.sdk.models.DirectoryOrganisation;
import uk.svkit.sdk.models.DirectoryOrganisationHit;
import uk.svkit.sdk.models.DirectorySort;
import uk.svkit.sdk.models.DirectoryTheme;
import uk.svkit.sdk.models.FacetCount;
import uk.svkit.sdk.models.LegalForm;
import uk.svkit.sdk.models.MatchFactor;
import uk.svkit.sdk.models.MatchVcfsesOptions;
import uk.svkit.sdk.models.Need;
import uk.svkit.sdk.models.NeedOptions;
import uk.svkit.sdk.models.NeedSort;
import uk.svkit.sdk.models.NeedStatus;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.Pledge;
import uk.svkit.sdk.models.PledgeStatus;
import uk.svkit.sdk.models.RecordDeliveryOptions;
import uk.svkit.sdk.models.SaveVcfseProfileOptions;
import uk.svkit.sdk.models.SearchDirectoryOptions;
import uk.svkit.sdk.models.SearchNeedsOptions;
import uk.svkit.sdk.models.SupportType;
import uk.svkit.sdk.models.VcfseContactInput;
import uk.svkit.sdk.models.VcfseMatch;
import uk.svkit.sdk.models.VerificationStatus;

/**
 * The VCFSE directory and noticeboard through the SDK: profiles, contact privacy, ownership,
 * postcodes, every search filter and sort, distances, facets, paging, needs and pledges. Each test
 * tags its organisations with a unique word and searches for it, so other data never interferes.
 */
class DirectoryIT extends SvkitServer {
  static final String SUPPLIER = "GB-COH-09900001";
  static final String OTHER_SUPPLIER = "GB-COH-09900002";
  static final String WIRRAL = "E08000015";
  static final String LIVERPOOL = "E08000012";
  // Postcode district centroids as shipped in V3 (shared/data/geo).
  static final double[] CH41 = {53.39402, -3.03022};
  static final double[] L1 = {53.40254, -2.97928};
  static final double[] WA1 = {53.39442, -2.5685};

  private SvkitClient admin;
  private SvkitClient supplier;
  private final List<SvkitClient> opened = new ArrayList<>();

  @BeforeEach
  void connect() {
    admin = open(Tokens.admin());
    supplier = open(Tokens.of(SUPPLIER, "supplier"));
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

  /** A VCFSE registered for the test, acting through its own client. */
  record Vcfse(String id, String identifier, SvkitClient client, DirectoryOrganisation profile) {}

  private static boolean isEmpty(List<?> list) {
    return list == null || list.isEmpty();
  }

  private static String tag() {
    return "zq" + Long.toString(System.nanoTime(), 36);
  }

  private static SaveVcfseProfileOptions.Builder profile(
      String tag, LegalForm form, String postcode, List<String> themes) {
    return SaveVcfseProfileOptions.builder()
        .legalForm(form)
        .description("Test organisation " + tag)
        .themes(themes)
        .placesServed(List.of(WIRRAL))
        .basePostcode(postcode)
        .beneficiaryGroups(List.of("Young carers"))
        .website("https://example.invalid/" + tag)
        .contacts(
            List.of(
                VcfseContactInput.builder()
                    .name("Pat Example")
                    .role("Manager")
                    .email("pat@example.invalid")
                    .build()));
  }

  private Vcfse vcfse(String name, SaveVcfseProfileOptions options) {
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
    return new Vcfse(id, identifier, client, client.directory().saveProfile(id, options));
  }

  private static NeedOptions.Builder need(SupportType type, String title, String quantity) {
    NeedOptions.Builder b =
        NeedOptions.builder()
            .supportType(type)
            .title(title)
            .expiresOn(LocalDate.now(ZoneOffset.UTC).plusDays(30));
    if (quantity != null) {
      b.quantity(new BigDecimal(quantity)).unit("hours");
    }
    return b;
  }

  private List<String> names(SearchDirectoryOptions options) {
    return supplier.directory().searchOrganisations(options).stream()
        .map(DirectoryOrganisationHit::getName)
        .toList();
  }

  /** Haversine, written out here independently of the server (mean Earth radius 6371 km). */
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

  // ---- profiles ---------------------------------------------------------------------------

  /**
   * Matching ranks its candidates in memory, so an anonymous caller must not be able to make it
   * rank the whole country: it needs an area (and ranks at most the nearest 2,000 with open needs).
   */
  @Test
  void matchingWithoutAnAreaIsRefusedAsTooBroad() {
    var everything = http().get("/api/v1/directory/matches").send();
    assertEquals(400, everything.status(), everything.body());
    assertTrue(everything.body().contains("near"), everything.body());
    assertEquals(
        400,
        http()
            .get("/api/v1/directory/matches?theme=mental-health&supportType=VOLUNTEERING")
            .send()
            .status());
    assertEquals(
        200, http().get("/api/v1/directory/matches?near=CH41&radiusKm=20").send().status());
  }

  @Test
  void profileResolvesItsPostcodeAndShowsContactsOnlyToThoseWorkingWithIt() {
    String tag = tag();
    Vcfse v =
        vcfse(
            "Contacts " + tag,
            profile(tag, LegalForm.CIO, "ch41 5ab", List.of("mental-health")).build());
    assertEquals("CH41 5AB", v.profile().getBase().getPostcode());
    assertEquals(WIRRAL, v.profile().getBase().getPlaceCode());
    assertEquals(CH41[0], v.profile().getBase().getLatitude(), 1e-9);
    assertEquals(LegalForm.CIO, v.profile().getLegalForm());
    assertEquals(VerificationStatus.UNVERIFIED, v.profile().getVerificationStatus());
    assertNotNull(v.profile().getETag());

    // Contacts are personal data: not for any signed-in caller, only for the VCFSE itself, platform
    // admins, and organisations working with it (here: a supplier that pledged to one of its
    // needs).
    assertTrue(
        isEmpty(supplier.directory().getOrganisation(v.id()).getContacts()),
        "a supplier with no dealings with it");
    assertEquals(
        "Pat Example",
        v.client().directory().getOrganisation(v.id()).getContacts().get(0).getName());
    assertEquals(
        "Pat Example", admin.directory().getOrganisation(v.id()).getContacts().get(0).getName());
    Need need =
        v.client()
            .directory()
            .createNeed(need(SupportType.MENTORING, "Mentor " + tag, null).build());
    supplier.directory().createPledge(need.getId(), CreatePledgeOptions.builder().build());
    assertEquals(
        "Pat Example", supplier.directory().getOrganisation(v.id()).getContacts().get(0).getName());
    SvkitClient otherSupplier = open(Tokens.of("GB-COH-09900002", "supplier"));
    assertTrue(
        isEmpty(otherSupplier.directory().getOrganisation(v.id()).getContacts()),
        "another supplier still sees none");

    var anonymous = http().get("/api/v1/directory/organisations/" + v.id()).send();
    assertEquals(200, anonymous.status());
    JsonObject body = anonymous.json();
    assertEquals("Contacts " + tag, body.getString("name"));
    assertFalse(body.containsKey("contacts"), body.toString());
    assertFalse(anonymous.body().contains("pat@example.invalid"));
    var search = http().get("/api/v1/directory/organisations?q=" + tag).send();
    assertEquals(200, search.status());
    assertTrue(search.body().contains(v.id()));
    assertFalse(search.body().contains("pat@example.invalid"));
    assertEquals(200, http().get("/api/v1/directory/needs?q=" + tag).send().status());
    assertEquals(200, http().get("/api/v1/directory/themes").send().status());
  }

  @Test
  void adminsVerifyAndARevisionClearsVerification() {
    String tag = tag();
    Vcfse v = vcfse("Verify " + tag, profile(tag, LegalForm.CIC, "CH41", List.of()).build());
    DirectoryOrganisation verified =
        admin.directory().verifyProfile(admin.directory().getOrganisation(v.id()));
    assertEquals(VerificationStatus.VERIFIED, verified.getVerificationStatus());
    assertNotNull(verified.getVerifiedAt());
    assertThrows(
        PermissionDeniedException.class,
        () -> v.client().directory().verifyProfile(v.client().directory().getOrganisation(v.id())));

    DirectoryOrganisation revised =
        v.client()
            .directory()
            .saveProfile(
                v.client().directory().getOrganisation(v.id()),
                profile(tag, LegalForm.CIC, "CH41", List.of("environment"))
                    .description("Changed " + tag)
                    .build());
    assertEquals(VerificationStatus.UNVERIFIED, revised.getVerificationStatus());
    assertEquals(List.of("environment"), revised.getThemes());
    // Replacing without the ETag is refused.
    assertThrows(
        PreconditionRequiredException.class,
        () ->
            v.client()
                .directory()
                .saveProfile(v.id(), profile(tag, LegalForm.CIC, "CH41", List.of()).build()));
  }

  @Test
  void changingOnlyTheContactsOfAVerifiedProfileClearsVerification() {
    String tag = tag();
    Vcfse v = vcfse("Contacts swap " + tag, profile(tag, LegalForm.CIO, "CH41", List.of()).build());
    admin.directory().verifyProfile(admin.directory().getOrganisation(v.id()));
    // Issue 13, finding 5: before, the VERIFIED badge survived pointing the contacts elsewhere.
    DirectoryOrganisation swapped =
        v.client()
            .directory()
            .saveProfile(
                v.client().directory().getOrganisation(v.id()),
                profile(tag, LegalForm.CIO, "CH41", List.of())
                    .contacts(
                        List.of(
                            VcfseContactInput.builder()
                                .name("Pat Example")
                                .role("Manager")
                                .email("someone-else@example.invalid")
                                .build()))
                    .build());
    assertEquals(VerificationStatus.UNVERIFIED, swapped.getVerificationStatus());
    assertEquals(null, swapped.getVerifiedAt());
    assertEquals(
        VerificationStatus.UNVERIFIED,
        admin.directory().getOrganisation(v.id()).getVerificationStatus());

    // Saving the same content again keeps a fresh verification.
    admin.directory().verifyProfile(admin.directory().getOrganisation(v.id()));
    DirectoryOrganisation same =
        v.client()
            .directory()
            .saveProfile(
                v.client().directory().getOrganisation(v.id()),
                profile(tag, LegalForm.CIO, "CH41", List.of())
                    .contacts(
                        List.of(
                            VcfseContactInput.builder()
                                .name("Pat Example")
                                .role("Manager")
                                .email("someone-else@example.invalid")
                                .build()))
                    .build());
    assertEquals(VerificationStatus.VERIFIED, same.getVerificationStatus());
  }

  @Test
  void aVcfseWritesOnlyItsOwnProfileAndNeeds() {
    String tag = tag();
    Vcfse a = vcfse("Owner A " + tag, profile(tag, LegalForm.OTHER, "CH41", List.of()).build());
    Vcfse b = vcfse("Owner B " + tag, profile(tag, LegalForm.OTHER, "L1", List.of()).build());
    DirectoryOrganisation aProfile = b.client().directory().getOrganisation(a.id());
    assertThrows(
        PermissionDeniedException.class,
        () ->
            b.client()
                .directory()
                .saveProfile(aProfile, profile(tag, LegalForm.OTHER, "L1", List.of()).build()));
    assertThrows(
        PermissionDeniedException.class,
        () ->
            supplier
                .directory()
                .saveProfile(a.id(), profile(tag, LegalForm.OTHER, "L1", List.of()).build()));

    Need need =
        a.client().directory().createNeed(need(SupportType.SPACE, "Hall " + tag, null).build());
    Need seenByB = b.client().directory().getNeed(need.getId());
    assertThrows(
        PermissionDeniedException.class,
        () ->
            b.client()
                .directory()
                .updateNeed(seenByB, need(SupportType.SPACE, "Stolen " + tag, null).build()));
    assertThrows(PermissionDeniedException.class, () -> b.client().directory().closeNeed(seenByB));
    assertThrows(
        PermissionDeniedException.class,
        () -> supplier.directory().createNeed(need(SupportType.SPACE, "x", null).build()));
    assertEquals("Hall " + tag, a.client().directory().getNeed(need.getId()).getTitle());
  }

  @Test
  void unknownPostcodesAndThemesAre422() {
    String tag = tag();
    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class,
            () ->
                vcfse(
                    "Nowhere " + tag,
                    profile(tag, LegalForm.OTHER, "ZZ99 9ZZ", List.of()).build()));
    assertEquals("basePostcode", e.getErrors().get(0).getField());
    assertThrows(
        BusinessRuleException.class,
        () ->
            vcfse(
                "Themeless " + tag,
                profile(tag, LegalForm.OTHER, "CH41", List.of("not-a-theme")).build()));
    assertEquals(422, http().get("/api/v1/directory/organisations?near=ZZ99").send().status());
    assertThrows(
        BusinessRuleException.class,
        () ->
            supplier
                .directory()
                .searchNeeds(SearchNeedsOptions.builder().near("ZZ9").build())
                .stream()
                .count());
    assertThrows(
        ValidationException.class,
        () ->
            supplier
                .directory()
                .searchOrganisations(
                    SearchDirectoryOptions.builder().near("not a postcode").build())
                .stream()
                .count());
    assertThrows(
        ValidationException.class,
        () ->
            supplier
                .directory()
                .searchOrganisations(
                    SearchDirectoryOptions.builder().sort(DirectorySort.DISTANCE).build())
                .stream()
                .count());
  }

  // ---- searches ---------------------------------------------------------------------------

  @Test
  void aBaseIsPublicAtItsDistrictUnlessTheVcfseOptsInToItsExactPoint() {
    String tag = tag();
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    String postcode = "CH41 9" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
    double[] exact = {53.41, -3.05};
    admin
        .places()
        .importPostcodes(
            "pcds,lat,long,oslaua\r\n"
                + postcode
                + ","
                + exact[0]
                + ","
                + exact[1]
                + ","
                + WIRRAL
                + "\r\n");
    Vcfse v = vcfse("Home-run " + tag, profile(tag, LegalForm.CIO, postcode, List.of()).build());

    // Its own view: the full postcode, but the point it publishes is the district's.
    assertEquals(postcode, v.profile().getBase().getPostcode());
    assertEquals(CH41[0], v.profile().getBase().getLatitude(), 1e-9);
    assertFalse(v.profile().isExactLocationPublic());
    // The public: the district only, everywhere a base or a distance shows.
    JsonObject anonymous = http().get("/api/v1/directory/organisations/" + v.id()).send().json();
    assertEquals("CH41", anonymous.getJsonObject("base").getString("postcode"));
    assertEquals(CH41[1], anonymous.getJsonObject("base").getJsonNumber("longitude").doubleValue());
    var searchNearTheHome =
        http()
            .get(
                "/api/v1/directory/organisations?q="
                    + tag
                    + "&near="
                    + postcode.replace(" ", "%20")
                    + "&radiusKm=10")
            .send();
    assertEquals(200, searchNearTheHome.status());
    assertFalse(searchNearTheHome.body().contains(postcode), searchNearTheHome.body());
    List<DirectoryOrganisationHit> hits =
        supplier
            .directory()
            .searchOrganisations(
                SearchDirectoryOptions.builder().query(tag).near(postcode).radiusKm(10).build())
            .stream()
            .toList();
    assertEquals("CH41", hits.get(0).getBase().getPostcode());
    assertEquals(km(exact, CH41), hits.get(0).getDistanceKm(), 0.001, "measured to the district");
    assertTrue(hits.get(0).getDistanceKm() > 1, "not to the home");
    assertFalse(
        http().get("/api/v1/oruk/services/" + v.id()).send().body().contains(postcode),
        "nor in Open Referral UK");

    // Premises open to the public: the VCFSE publishes its exact point.
    DirectoryOrganisation opened =
        v.client()
            .directory()
            .saveProfile(
                v.profile(),
                profile(tag, LegalForm.CIO, postcode, List.of()).exactLocationPublic(true).build());
    assertTrue(opened.isExactLocationPublic());
    JsonObject published = http().get("/api/v1/directory/organisations/" + v.id()).send().json();
    assertEquals(postcode, published.getJsonObject("base").getString("postcode"));
    assertEquals(exact[0], published.getJsonObject("base").getJsonNumber("latitude").doubleValue());
    assertEquals(
        0.0,
        supplier
            .directory()
            .searchOrganisations(
                SearchDirectoryOptions.builder().query(tag).near(postcode).radiusKm(10).build())
            .stream()
            .findFirst()
            .orElseThrow()
            .getDistanceKm(),
        1e-9);
  }

  @Test
  void distancesMatchTheOutcodeCentroidsAndTheRadiusFilters() {
    String tag = tag();
    vcfse("Birkenhead " + tag, profile(tag, LegalForm.OTHER, "CH41 1AA", List.of()).build());
    vcfse("Liverpool " + tag, profile(tag, LegalForm.OTHER, "L1 8JQ", List.of()).build());
    vcfse("Warrington " + tag, profile(tag, LegalForm.OTHER, "WA1", List.of()).build());

    List<DirectoryOrganisationHit> near =
        supplier
            .directory()
            .searchOrganisations(
                SearchDirectoryOptions.builder()
                    .query(tag)
                    .near("CH41")
                    .radiusKm(5)
                    .sort(DirectorySort.DISTANCE)
                    .build())
            .stream()
            .toList();
    assertEquals(
        List.of("Birkenhead " + tag, "Liverpool " + tag),
        near.stream().map(DirectoryOrganisationHit::getName).toList());
    assertEquals(0.0, near.get(0).getDistanceKm(), 1e-9);
    double expected = km(CH41, L1);
    assertEquals(3.5, expected, 0.1);
    assertEquals(expected, near.get(1).getDistanceKm(), 0.001);

    // The same centre as coordinates; a wider radius takes Warrington in.
    List<DirectoryOrganisationHit> wide =
        supplier
            .directory()
            .searchOrganisations(
                SearchDirectoryOptions.builder()
                    .query(tag)
                    .latitude(CH41[0])
                    .longitude(CH41[1])
                    .radiusKm(40)
                    .build())
            .stream()
            .toList();
    assertEquals(3, wide.size());
    assertEquals("Warrington " + tag, wide.get(2).getName());
    assertEquals(km(CH41, WA1), wide.get(2).getDistanceKm(), 0.001);
    // Without a centre there is no distance.
    assertNull(
        supplier
            .directory()
            .searchOrganisations(SearchDirectoryOptions.builder().query(tag).build())
            .stream()
            .findFirst()
            .orElseThrow()
            .getDistanceKm());
  }

  @Test
  void everyFilterNarrowsTheResults() {
    String tag = tag();
    Vcfse mind =
        vcfse(
            "Mind " + tag,
            profile(tag, LegalForm.REGISTERED_CHARITY, "CH41", List.of("mental-health")).build());
    Vcfse arts =
        vcfse(
            "Arts " + tag,
            profile(tag, LegalForm.CIC, "L1", List.of("arts-and-culture"))
                .placesServed(List.of(LIVERPOOL))
                .build());
    mind.client()
        .directory()
        .createNeed(need(SupportType.VOLUNTEERING, "Walk leaders " + tag, "50").build());
    arts.client()
        .directory()
        .createNeed(need(SupportType.EQUIPMENT, "Kiln for pottery " + tag, null).build());

    assertEquals(
        Set.of("Mind " + tag, "Arts " + tag),
        new HashSet<>(names(SearchDirectoryOptions.builder().query(tag).build())));
    assertEquals(
        List.of("Mind " + tag),
        names(SearchDirectoryOptions.builder().query(tag).theme("mental-health").build()));
    assertEquals(
        List.of("Arts " + tag),
        names(SearchDirectoryOptions.builder().query(tag).legalForm(LegalForm.CIC).build()));
    assertEquals(
        List.of("Arts " + tag),
        names(SearchDirectoryOptions.builder().query(tag).placeCode(LIVERPOOL).build()));
    assertEquals(
        List.of("Mind " + tag),
        names(SearchDirectoryOptions.builder().query(tag).placeCode(WIRRAL).build()));
    assertEquals(
        List.of("Mind " + tag),
        names(
            SearchDirectoryOptions.builder()
                .query(tag)
                .supportType(SupportType.VOLUNTEERING)
                .build()));
    assertEquals(
        List.of(),
        names(
            SearchDirectoryOptions.builder().query(tag).supportType(SupportType.FUNDING).build()));
    // Free text reaches the text of open needs.
    assertEquals(
        List.of("Arts " + tag),
        names(SearchDirectoryOptions.builder().query(tag + " kiln").build()));
    DirectoryOrganisationHit hit =
        supplier
            .directory()
            .searchOrganisations(
                SearchDirectoryOptions.builder().query(tag).theme("mental-health").build())
            .stream()
            .findFirst()
            .orElseThrow();
    assertEquals(1, hit.getOpenNeedCount());
    assertEquals(List.of(SupportType.VOLUNTEERING), hit.getOpenSupportTypes());

    // Needs search, with its own filters.
    List<Need> needs =
        supplier.directory().searchNeeds(SearchNeedsOptions.builder().query(tag).build()).stream()
            .toList();
    assertEquals(2, needs.size());
    assertEquals(
        List.of("Kiln for pottery " + tag),
        supplier
            .directory()
            .searchNeeds(
                SearchNeedsOptions.builder().query(tag).supportType(SupportType.EQUIPMENT).build())
            .stream()
            .map(Need::getTitle)
            .toList());
    assertEquals(
        List.of("Walk leaders " + tag),
        supplier
            .directory()
            .searchNeeds(SearchNeedsOptions.builder().query(tag).organisationId(mind.id()).build())
            .stream()
            .map(Need::getTitle)
            .toList());
    assertEquals(
        List.of("Walk leaders " + tag),
        supplier
            .directory()
            .searchNeeds(SearchNeedsOptions.builder().query(tag).theme("mental-health").build())
            .stream()
            .map(Need::getTitle)
            .toList());
    List<Need> nearL1 =
        supplier
            .directory()
            .searchNeeds(SearchNeedsOptions.builder().query(tag).near("L1").radiusKm(10).build())
            .stream()
            .toList();
    assertEquals("Kiln for pottery " + tag, nearL1.get(0).getTitle());
    assertEquals(km(L1, CH41), nearL1.get(1).getDistanceKm(), 0.001);
    // Each remaining needs filter finds one and leaves the other out; one that fits neither finds
    // nothing.
    assertEquals(
        List.of("Kiln for pottery " + tag),
        needTitles(SearchNeedsOptions.builder().query(tag).placeCode(LIVERPOOL)));
    assertEquals(
        List.of("Walk leaders " + tag),
        needTitles(SearchNeedsOptions.builder().query(tag).placeCode(WIRRAL)));
    assertEquals(
        List.of("Kiln for pottery " + tag),
        needTitles(SearchNeedsOptions.builder().query(tag).legalForm(LegalForm.CIC)));
    assertEquals(
        List.of(), needTitles(SearchNeedsOptions.builder().query(tag).legalForm(LegalForm.CIO)));
    assertEquals(
        List.of("Kiln for pottery " + tag),
        needTitles(SearchNeedsOptions.builder().query(tag).organisationId(arts.id())));
    assertEquals(
        List.of(),
        needTitles(SearchNeedsOptions.builder().query(tag).supportType(SupportType.FUNDING)));
    assertEquals(
        List.of(), needTitles(SearchNeedsOptions.builder().query(tag).theme("environment")));
    assertEquals(
        List.of(), needTitles(SearchNeedsOptions.builder().query(tag + " nothing-like-it")));
    assertEquals(
        List.of("Kiln for pottery " + tag),
        needTitles(
            SearchNeedsOptions.builder().query(tag).latitude(L1[0]).longitude(L1[1]).radiusKm(1)));
    assertEquals(
        List.of("Kiln for pottery " + tag, "Walk leaders " + tag),
        needTitles(
            SearchNeedsOptions.builder().query(tag).latitude(L1[0]).longitude(L1[1]).radiusKm(10)));
    assertEquals(
        List.of("Arts " + tag),
        names(
            SearchDirectoryOptions.builder()
                .query(tag)
                .latitude(L1[0])
                .longitude(L1[1])
                .radiusKm(1)
                .build()));
    assertEquals(
        List.of(),
        names(SearchDirectoryOptions.builder().query(tag).legalForm(LegalForm.CIO).build()));
    assertEquals(
        List.of(), names(SearchDirectoryOptions.builder().query(tag).theme("environment").build()));
    // facets=false leaves the counts out of a needs search too, and finds the same needs.
    JsonObject needsWithCounts =
        http().get("/api/v1/directory/needs?sort=NEWEST&q=" + tag).send().json();
    var needsWithout =
        http().get("/api/v1/directory/needs?sort=NEWEST&facets=false&q=" + tag).send();
    assertEquals(200, needsWithout.status(), needsWithout.toString());
    assertFalse(needsWithout.json().containsKey("facets"), needsWithout.body());
    assertEquals(needsWithCounts.getJsonArray("items"), needsWithout.json().getJsonArray("items"));
    assertEquals(2, needsWithout.json().getJsonArray("items").size());
  }

  /**
   * Free text matches any part of a word, in the profile or in an open need, and follows every
   * edit: on PostgreSQL a term is looked up in a vocabulary of the kept rows' words (V36), which a
   * new word must join in the same transaction, and a word a letter long is in too many to narrow
   * the lookup, so it is left to the exact conditions.
   */
  @Test
  void freeTextMatchesPartsOfWordsAndFollowsEdits() {
    String tag = tag();
    SaveVcfseProfileOptions.Builder first =
        profile(tag, LegalForm.REGISTERED_CHARITY, "CH41", List.of("mental-health"))
            .description("We run the " + tag + "larder on Tuesdays");
    Vcfse pantry = vcfse("Pantry " + tag, first.build());
    String inside = tag.substring(2) + "lard";
    assertEquals(
        List.of("Pantry " + tag), names(SearchDirectoryOptions.builder().query(inside).build()));
    assertEquals(
        List.of("Pantry " + tag),
        names(SearchDirectoryOptions.builder().query(inside + " e").placeCode(WIRRAL).build()));
    assertEquals(
        List.of(),
        names(SearchDirectoryOptions.builder().query(inside + " nowhere" + tag).build()));

    // A word first seen in a need's title finds the need and its organisation, until it closes.
    Need kiln =
        pantry
            .client()
            .directory()
            .createNeed(need(SupportType.EQUIPMENT, "Kiln " + tag + "glazes", null).build());
    String glaze = tag.substring(1) + "glaze";
    assertEquals(
        List.of("Pantry " + tag), names(SearchDirectoryOptions.builder().query(glaze).build()));
    assertEquals(
        List.of("Kiln " + tag + "glazes"),
        needTitles(SearchNeedsOptions.builder().query(glaze).placeCode(WIRRAL)));
    pantry.client().directory().closeNeed(kiln);
    assertEquals(List.of(), names(SearchDirectoryOptions.builder().query(glaze).build()));
    assertEquals(List.of(), needTitles(SearchNeedsOptions.builder().query(glaze)));

    // A new description: the old word no longer matches, the new one does.
    pantry
        .client()
        .directory()
        .saveProfile(
            pantry.client().directory().getOrganisation(pantry.id()),
            first.description("Now a " + tag + "pickling kitchen").build());
    assertEquals(List.of(), names(SearchDirectoryOptions.builder().query(inside).build()));
    assertEquals(
        List.of("Pantry " + tag),
        names(SearchDirectoryOptions.builder().query(tag + "pickl").placeCode(WIRRAL).build()));
  }

  private List<String> needTitles(SearchNeedsOptions.Builder options) {
    return supplier.directory().searchNeeds(options.build()).stream()
        .map(Need::getTitle)
        .sorted()
        .toList();
  }

  /**
   * The managed theme taxonomy has no filters and no create operation: every theme a profile above
   * uses is listed.
   */
  @Test
  void themesAreListedWithTheirLabels() {
    Map<String, String> themes =
        supplier.directory().listThemes().stream()
            .collect(Collectors.toMap(DirectoryTheme::getCode, DirectoryTheme::getLabel));
    assertTrue(
        themes
            .keySet()
            .containsAll(
                Set.of("mental-health", "arts-and-culture", "environment", "community-cohesion")),
        themes.toString());
    assertTrue(themes.values().stream().noneMatch(String::isBlank), themes.toString());
    assertFalse(themes.containsKey("not-a-theme"));
  }

  @Test
  void sortsByNameRelevanceAndDistance() {
    String tag = tag();
    vcfse(
        "Beta " + tag,
        profile(tag, LegalForm.OTHER, "WA1", List.of()).description("food " + tag).build());
    vcfse("Alpha " + tag, profile(tag, LegalForm.OTHER, "L1", List.of()).build());
    vcfse("Gamma food " + tag, profile(tag, LegalForm.OTHER, "CH41", List.of()).build());

    assertEquals(
        List.of("Alpha " + tag, "Beta " + tag, "Gamma food " + tag),
        names(SearchDirectoryOptions.builder().query(tag).sort(DirectorySort.NAME).build()));
    // Both words: Gamma has "food" in its name (3), Beta only in its description (1).
    assertEquals(
        List.of("Gamma food " + tag, "Beta " + tag),
        names(
            SearchDirectoryOptions.builder()
                .query(tag + " food")
                .sort(DirectorySort.RELEVANCE)
                .build()));
    assertEquals(
        List.of("Gamma food " + tag, "Alpha " + tag, "Beta " + tag),
        names(
            SearchDirectoryOptions.builder()
                .query(tag)
                .near("CH41")
                .radiusKm(50)
                .sort(DirectorySort.DISTANCE)
                .build()));
  }

  @Test
  void facetsCountEveryResult() {
    String tag = tag();
    Vcfse a =
        vcfse(
            "Facet A " + tag,
            profile(tag, LegalForm.OTHER, "CH41", List.of("mental-health", "environment")).build());
    vcfse("Facet B " + tag, profile(tag, LegalForm.OTHER, "L1", List.of("environment")).build());
    a.client().directory().createNeed(need(SupportType.MENTORING, "Mentor " + tag, null).build());
    a.client()
        .directory()
        .createNeed(need(SupportType.MENTORING, "Mentor two " + tag, null).build());

    DirectoryFacets facets =
        supplier
            .directory()
            .getOrganisationFacets(SearchDirectoryOptions.builder().query(tag).build());
    Map<String, Long> themes = counts(facets.getThemes());
    assertEquals(Map.of("environment", 2L, "mental-health", 1L), themes);
    assertEquals("environment", facets.getThemes().get(0).getValue());
    // Wirral (served by both, and base of A); Liverpool (base of B).
    assertEquals(Map.of(WIRRAL, 2L, LIVERPOOL, 1L), counts(facets.getPlaces()));
    // An organisation counts once per support type however many needs it has.
    assertEquals(Map.of("MENTORING", 1L), counts(facets.getSupportTypes()));

    DirectoryFacets needFacets =
        supplier.directory().getNeedFacets(SearchNeedsOptions.builder().query(tag).build());
    assertEquals(Map.of("MENTORING", 2L), counts(needFacets.getSupportTypes()));

    // A caller that only reads the page can leave the counts out, and gets the same page.
    JsonObject withCounts =
        http().get("/api/v1/directory/organisations?sort=NAME&q=" + tag).send().json();
    var without =
        http().get("/api/v1/directory/organisations?sort=NAME&facets=false&q=" + tag).send();
    assertEquals(200, without.status());
    assertFalse(without.json().containsKey("facets"), without.body());
    assertTrue(withCounts.containsKey("facets"));
    assertEquals(withCounts.getJsonArray("items"), without.json().getJsonArray("items"));
  }

  /**
   * The counts of a need search with no filter (on PostgreSQL kept per value and expiry day, not
   * counted per request) follow every change: a need posted, pledged in full, expired, closed, and
   * its organisation's themes revised. Compared as differences, as other tests' needs count too.
   */
  @Test
  void needCountsOverEveryOpenNeedFollowEachChange() {
    String tag = tag();
    Vcfse v =
        vcfse(
            "Counted " + tag,
            profile(tag, LegalForm.OTHER, "CH41", List.of("mental-health")).build());
    Map<String, Long> before = everyNeedCount();

    Need volunteers =
        v.client()
            .directory()
            .createNeed(need(SupportType.VOLUNTEERING, "Volunteers " + tag, "10").build());
    // Counted under its support type, its organisation's theme and the place it works in (Wirral,
    // served and its base).
    Map<String, Long> oneNeed =
        Map.of("supportTypes:VOLUNTEERING", 1L, "themes:mental-health", 1L, "places:" + WIRRAL, 1L);
    assertEquals(oneNeed, difference(before, everyNeedCount()));

    Need funding =
        v.client()
            .directory()
            .createNeed(
                need(SupportType.FUNDING, "Rent " + tag, null)
                    .expiresOn(LocalDate.now(ZoneOffset.UTC))
                    .build());
    // Expiring today still counts.
    assertEquals(
        Map.of(
            "supportTypes:VOLUNTEERING",
            1L,
            "supportTypes:FUNDING",
            1L,
            "themes:mental-health",
            2L,
            "places:" + WIRRAL,
            2L),
        difference(before, everyNeedCount()));
    v.client()
        .directory()
        .updateNeed(
            funding,
            need(SupportType.FUNDING, "Rent " + tag, null)
                .expiresOn(LocalDate.now(ZoneOffset.UTC).minusDays(1))
                .build());
    // Expired (still OPEN): no longer counted.
    assertEquals(oneNeed, difference(before, everyNeedCount()));

    // The organisation takes on a second theme: its open need counts under it too.
    v.client()
        .directory()
        .saveProfile(
            v.client().directory().getOrganisation(v.id()),
            profile(tag, LegalForm.OTHER, "CH41", List.of("mental-health", "environment")).build());
    Map<String, Long> twoThemes = new java.util.HashMap<>(oneNeed);
    twoThemes.put("themes:environment", 1L);
    assertEquals(twoThemes, difference(before, everyNeedCount()));

    // Pledged in full, the need is no longer open.
    supplier.directory().createPledge(volunteers.getId(), CreatePledgeOptions.builder().build());
    assertEquals(Map.of(), difference(before, everyNeedCount()));

    // Posted and closed.
    Need mentoring =
        v.client()
            .directory()
            .createNeed(need(SupportType.MENTORING, "Mentors " + tag, null).build());
    assertEquals(1L, difference(before, everyNeedCount()).get("supportTypes:MENTORING"));
    v.client().directory().closeNeed(mentoring);
    assertEquals(Map.of(), difference(before, everyNeedCount()));
  }

  /** The facet counts of a need search with no filter, as "facet:value" to count. */
  private Map<String, Long> everyNeedCount() {
    DirectoryFacets facets =
        supplier.directory().getNeedFacets(SearchNeedsOptions.builder().build());
    Map<String, Long> all = new java.util.HashMap<>();
    counts(facets.getPlaces()).forEach((k, n) -> all.put("places:" + k, n));
    counts(facets.getThemes()).forEach((k, n) -> all.put("themes:" + k, n));
    counts(facets.getSupportTypes()).forEach((k, n) -> all.put("supportTypes:" + k, n));
    return all;
  }

  /** What changed from {@code before} to {@code after}, leaving out what did not. */
  private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> changed = new java.util.HashMap<>();
    java.util.Set<String> keys = new java.util.HashSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      long d = after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L);
      if (d != 0) {
        changed.put(key, d);
      }
    }
    return changed;
  }

  private static Map<String, Long> counts(List<FacetCount> counts) {
    return counts.stream().collect(Collectors.toMap(FacetCount::getValue, FacetCount::getCount));
  }

  @Test
  void pagingIsStableWhenOrganisationsAreAddedBetweenPages() {
    String tag = tag();
    List<String> expected = new ArrayList<>();
    for (String n : List.of("Pb", "Pc", "Pd", "Pe", "Pf")) {
      vcfse(n + " " + tag, profile(tag, LegalForm.OTHER, "CH41", List.of()).build());
      expected.add(n + " " + tag);
    }
    var pages =
        supplier
            .directory()
            .searchOrganisations(
                SearchDirectoryOptions.builder()
                    .query(tag)
                    .sort(DirectorySort.NAME)
                    .limit(2)
                    .build())
            .byPage()
            .iterator();
    Page<DirectoryOrganisationHit> first = pages.next();
    assertEquals(2, first.getItems().size());
    assertNotNull(first.getNextCursor());
    List<String> seen =
        new ArrayList<>(first.getItems().stream().map(DirectoryOrganisationHit::getName).toList());
    // A new organisation sorting before the cursor, one after it.
    vcfse("Pa " + tag, profile(tag, LegalForm.OTHER, "CH41", List.of()).build());
    vcfse("Pz " + tag, profile(tag, LegalForm.OTHER, "CH41", List.of()).build());
    pages.forEachRemaining(p -> p.getItems().forEach(h -> seen.add(h.getName())));
    List<String> withLater = new ArrayList<>(expected);
    withLater.add("Pz " + tag);
    assertEquals(withLater, seen);
  }

  @Test
  void contractManagersFindVcfsesNearCh41OnMentalHealthThatNeedVolunteers() {
    String tag = tag();
    Vcfse yes =
        vcfse(
            "Wallasey Minds " + tag,
            profile(tag, LegalForm.CIO, "CH44", List.of("mental-health")).build());
    Vcfse noVolunteers =
        vcfse(
            "Quiet Minds " + tag,
            profile(tag, LegalForm.CIO, "CH43", List.of("mental-health")).build());
    Vcfse tooFar =
        vcfse(
            "Far Minds " + tag,
            profile(tag, LegalForm.CIO, "WA1", List.of("mental-health")).build());
    yes.client()
        .directory()
        .createNeed(need(SupportType.VOLUNTEERING, "Walk leaders " + tag, "100").build());
    noVolunteers
        .client()
        .directory()
        .createNeed(need(SupportType.FUNDING, "Rent " + tag, "5000").build());
    tooFar
        .client()
        .directory()
        .createNeed(need(SupportType.VOLUNTEERING, "Helpers " + tag, "10").build());

    var uri =
        "/api/v1/directory/organisations?near=CH41&radiusKm=5&theme=mental-health&supportType=VOLUNTEERING&q="
            + tag;
    JsonObject body = http().get(uri).send().json();
    assertEquals(1, body.getJsonArray("items").size(), body.toString());
    assertEquals(yes.id(), body.getJsonArray("items").getJsonObject(0).getString("id"));
    assertEquals(
        List.of("Wallasey Minds " + tag),
        names(
            SearchDirectoryOptions.builder()
                .query(tag)
                .near("CH41")
                .radiusKm(5)
                .theme("mental-health")
                .supportType(SupportType.VOLUNTEERING)
                .build()));
  }

  // ---- needs and pledges ------------------------------------------------------------------

  @Test
  void aNeedIsPledgedInPartsDeliveredMetAndClosed() {
    String tag = tag();
    Vcfse v = vcfse("Lifecycle " + tag, profile(tag, LegalForm.OTHER, "CH41", List.of()).build());
    Need need =
        v.client()
            .directory()
            .createNeed(need(SupportType.VOLUNTEERING, "Volunteers " + tag, "100").build());
    assertEquals(NeedStatus.OPEN, need.getStatus());

    Pledge part =
        supplier
            .directory()
            .createPledge(
                need.getId(),
                CreatePledgeOptions.builder()
                    .quantity(new BigDecimal("40"))
                    .commitmentId("commitment-123")
                    .note("Our staff volunteering days")
                    .build());
    assertEquals(PledgeStatus.PLEDGED, part.getStatus());
    assertEquals("commitment-123", part.getCommitmentId());
    Need afterPart = supplier.directory().getNeed(need.getId());
    assertEquals(NeedStatus.OPEN, afterPart.getStatus());
    assertEquals(0, new BigDecimal("60").compareTo(afterPart.getRemainingQuantity()));
    // A search reads its page straight from the tables: each item is the need as read on its own.
    assertEquals(
        http().get("/api/v1/directory/needs/" + need.getId()).send().json(),
        http()
            .get("/api/v1/directory/needs?facets=false&q=" + tag)
            .send()
            .json()
            .getJsonArray("items")
            .getJsonObject(0));
    assertThrows(
        BusinessRuleException.class,
        () ->
            supplier
                .directory()
                .createPledge(
                    need.getId(),
                    CreatePledgeOptions.builder().quantity(new BigDecimal("61")).build()));

    SvkitClient other = open(Tokens.of(OTHER_SUPPLIER, "supplier"));
    Pledge rest =
        other.directory().createPledge(need.getId(), CreatePledgeOptions.builder().build());
    assertEquals(0, new BigDecimal("60").compareTo(rest.getQuantity()));
    assertEquals(NeedStatus.PLEDGED, supplier.directory().getNeed(need.getId()).getStatus());
    assertThrows(
        ConflictException.class,
        () ->
            supplier.directory().createPledge(need.getId(), CreatePledgeOptions.builder().build()));
    // Pledged needs leave the open-needs search.
    assertEquals(
        0,
        supplier.directory().searchNeeds(SearchNeedsOptions.builder().query(tag).build()).stream()
            .count());

    // Who sees which pledge.
    assertEquals(2, v.client().directory().listPledges(need.getId()).stream().count());
    assertEquals(1, supplier.directory().listPledges(need.getId()).stream().count());
    assertThrows(NotFoundException.class, () -> other.directory().getPledge(part.getId()));
    assertThrows(
        PermissionDeniedException.class,
        () ->
            v.client()
                .directory()
                .createPledge(need.getId(), CreatePledgeOptions.builder().build()));

    Pledge delivered =
        supplier
            .directory()
            .recordPledgeDelivery(
                supplier.directory().getPledge(part.getId()),
                RecordDeliveryOptions.builder().note("Done").build());
    assertEquals(PledgeStatus.DELIVERED, delivered.getStatus());
    assertEquals(0, new BigDecimal("40").compareTo(delivered.getDeliveredQuantity()));
    assertThrows(
        ConflictException.class,
        () ->
            supplier
                .directory()
                .recordPledgeDelivery(
                    supplier.directory().getPledge(part.getId()),
                    RecordDeliveryOptions.builder().build()));
    assertEquals(NeedStatus.PLEDGED, supplier.directory().getNeed(need.getId()).getStatus());
    other
        .directory()
        .recordPledgeDelivery(
            other.directory().getPledge(rest.getId()), RecordDeliveryOptions.builder().build());
    Need met = v.client().directory().getNeed(need.getId());
    assertEquals(NeedStatus.MET, met.getStatus());
    assertEquals(0, new BigDecimal("100").compareTo(met.getDeliveredQuantity()));

    Need closed = v.client().directory().closeNeed(met);
    assertEquals(NeedStatus.CLOSED, closed.getStatus());
    assertThrows(ConflictException.class, () -> v.client().directory().closeNeed(closed));
  }

  @Test
  void expiredNeedsStopAppearingAndTakeNoPledges() {
    String tag = tag();
    Vcfse v = vcfse("Expiry " + tag, profile(tag, LegalForm.OTHER, "CH41", List.of()).build());
    assertThrows(
        BusinessRuleException.class,
        () ->
            v.client()
                .directory()
                .createNeed(
                    need(SupportType.FUNDING, "Too late " + tag, null)
                        .expiresOn(LocalDate.now(ZoneOffset.UTC).minusDays(1))
                        .build()));
    // Created first but expiring first: EXPIRY and NEWEST order the two needs differently.
    Need soon =
        v.client()
            .directory()
            .createNeed(
                need(SupportType.FUNDING, "Sooner " + tag, null)
                    .expiresOn(LocalDate.now(ZoneOffset.UTC))
                    .build());
    // The VCFSE's own system retries with its own key: the need is posted once.
    RequestOptions key = RequestOptions.builder().idempotencyKey("crm-" + tag).build();
    Need need =
        v.client()
            .directory()
            .createNeed(need(SupportType.FUNDING, "Rent " + tag, null).build(), key);
    var retried =
        v.client()
            .directory()
            .createNeedWithResponse(need(SupportType.FUNDING, "Rent " + tag, null).build(), key);
    assertEquals(need.getId(), retried.getValue().getId());
    assertEquals("true", retried.getHeader("Idempotent-Replayed"));
    assertEquals(
        List.of(soon.getId(), need.getId()),
        supplier
            .directory()
            .searchNeeds(SearchNeedsOptions.builder().query(tag).sort(NeedSort.EXPIRY).build())
            .stream()
            .map(Need::getId)
            .toList());
    assertEquals(
        List.of(need.getId(), soon.getId()),
        supplier
            .directory()
            .searchNeeds(SearchNeedsOptions.builder().query(tag).sort(NeedSort.NEWEST).build())
            .stream()
            .map(Need::getId)
            .toList());

    Need expired =
        v.client()
            .directory()
            .updateNeed(
                need,
                need(SupportType.FUNDING, "Rent " + tag, null)
                    .expiresOn(LocalDate.now(ZoneOffset.UTC).minusDays(1))
                    .build());
    assertTrue(expired.isExpired());
    assertEquals(NeedStatus.OPEN, expired.getStatus());
    assertEquals(
        List.of(soon.getId()),
        supplier.directory().searchNeeds(SearchNeedsOptions.builder().query(tag).build()).stream()
            .map(Need::getId)
            .toList());
    assertEquals(
        List.of(SupportType.FUNDING),
        supplier
            .directory()
            .searchOrganisations(SearchDirectoryOptions.builder().query(tag).build())
            .stream()
            .findFirst()
            .orElseThrow()
            .getOpenSupportTypes());
    assertThrows(
        BusinessRuleException.class,
        () ->
            supplier.directory().createPledge(need.getId(), CreatePledgeOptions.builder().build()));
    // Still readable by id.
    assertTrue(supplier.directory().getNeed(need.getId()).isExpired());
  }

  @Test
  void matchingShortlistsVcfsesForAKpiWithEachScoreExplained() {
    String tag = tag();
    Vcfse fits =
        vcfse(
            "Match fits " + tag,
            profile(tag, LegalForm.CIO, "CH41", List.of("community-cohesion")).build());
    Vcfse wrongSupport =
        vcfse(
            "Match funding " + tag,
            profile(tag, LegalForm.CIO, "CH41", List.of("community-cohesion")).build());
    Vcfse farAndOffTheme =
        vcfse(
            "Match far " + tag, profile(tag, LegalForm.CIO, "L1", List.of("environment")).build());
    fits.client()
        .directory()
        .createNeed(need(SupportType.VOLUNTEERING, "Befrienders " + tag, "100").build());
    wrongSupport
        .client()
        .directory()
        .createNeed(need(SupportType.FUNDING, "Minibus fund " + tag, null).build());
    farAndOffTheme
        .client()
        .directory()
        .createNeed(need(SupportType.VOLUNTEERING, "Litter pick " + tag, "400").build());

    // A volunteering KPI (LM-VOL-01 points at community cohesion and volunteering), 100 hours, near
    // CH41.
    MatchVcfsesOptions offer =
        MatchVcfsesOptions.builder()
            .addMeasureCode("LM-VOL-01")
            .near("CH41")
            .radiusKm(20)
            .quantity(new BigDecimal("100"))
            .limit(50)
            .build();
    List<VcfseMatch> matches = supplier.directory().matchVcfses(offer);
    List<String> ours =
        matches.stream()
            .map(m -> m.getOrganisation().getId())
            .filter(id -> List.of(fits.id(), wrongSupport.id(), farAndOffTheme.id()).contains(id))
            .toList();
    assertEquals(List.of(fits.id(), wrongSupport.id(), farAndOffTheme.id()), ours);

    VcfseMatch best =
        matches.stream()
            .filter(m -> m.getOrganisation().getId().equals(fits.id()))
            .findFirst()
            .orElseThrow();
    java.util.Map<String, Double> points =
        best.getFactors().stream()
            .collect(
                java.util.stream.Collectors.toMap(MatchFactor::getFactor, MatchFactor::getPoints));
    assertEquals(35.0, points.get("theme"), "its one theme is the KPI's one theme");
    assertEquals(20.0, points.get("supportType"));
    assertEquals(10.0, points.get("needSize"), "100 hours offered, 100 needed");
    assertEquals(10.0, points.get("recency"), "posted today");
    assertTrue(points.get("place") > 20, "CH41 itself: near the full 25");
    assertEquals(
        best.getScore(),
        best.getFactors().stream().mapToDouble(MatchFactor::getPoints).sum(),
        0.01);
    assertEquals(
        List.of("Befrienders " + tag), best.getNeeds().stream().map(Need::getTitle).toList());
    assertTrue(
        best.getFactors().stream().allMatch(f -> !f.getReason().isBlank()),
        best.getFactors().toString());

    assertEquals(
        ours,
        supplier.directory().matchVcfses(offer).stream()
            .map(m -> m.getOrganisation().getId())
            .filter(ours::contains)
            .toList(),
        "deterministic");

    // Themes, support types and a place rank; a radius (around a postcode or a point) limits.
    List<String> byTheme =
        supplier
            .directory()
            .matchVcfses(
                MatchVcfsesOptions.builder()
                    .addTheme("environment")
                    .addSupportType(SupportType.VOLUNTEERING)
                    .placeCode(LIVERPOOL)
                    .near("CH41")
                    .radiusKm(20)
                    .limit(50)
                    .build())
            .stream()
            .map(m -> m.getOrganisation().getId())
            .filter(ours::contains)
            .toList();
    assertEquals(
        farAndOffTheme.id(), byTheme.get(0), "its theme, support type and place: " + byTheme);
    List<String> bySupport =
        supplier
            .directory()
            .matchVcfses(
                MatchVcfsesOptions.builder()
                    .addTheme("community-cohesion")
                    .addSupportType(SupportType.FUNDING)
                    .near("CH41")
                    .radiusKm(20)
                    .limit(50)
                    .build())
            .stream()
            .map(m -> m.getOrganisation().getId())
            .filter(ours::contains)
            .toList();
    assertEquals(wrongSupport.id(), bySupport.get(0), "the funding need now fits: " + bySupport);
    var nearPoint =
        http()
            .get(
                "/api/v1/directory/matches?measureCode=LM-VOL-01&limit=50&radiusKm=2&lat="
                    + CH41[0]
                    + "&lon="
                    + CH41[1])
            .token(Tokens.of(SUPPLIER, "supplier"))
            .send();
    assertEquals(200, nearPoint.status(), nearPoint.toString());
    assertTrue(
        nearPoint.body().contains(fits.id()) && nearPoint.body().contains(wrongSupport.id()),
        nearPoint.body());
    assertFalse(
        nearPoint.body().contains(farAndOffTheme.id()),
        "L1 is 3.5 km from CH41: " + nearPoint.body());
    List<String> nearL1 =
        supplier
            .directory()
            .matchVcfses(
                MatchVcfsesOptions.builder()
                    .addMeasureCode("LM-VOL-01")
                    .near("L1")
                    .radiusKm(1)
                    .limit(50)
                    .build())
            .stream()
            .map(m -> m.getOrganisation().getId())
            .filter(ours::contains)
            .toList();
    assertEquals(List.of(farAndOffTheme.id()), nearL1);
    assertThrows(
        ValidationException.class,
        () ->
            supplier
                .directory()
                .matchVcfses(MatchVcfsesOptions.builder().addTheme("not-a-theme").build()));
  }
}
