package uk.svkit.it.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.models.BaseLocation;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.DirectoryOrganisationHit;
import uk.svkit.sdk.models.DirectorySort;
import uk.svkit.sdk.models.LegalForm;
import uk.svkit.sdk.models.ListAuditEventsOptions;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.Postcode;
import uk.svkit.sdk.models.PostcodeImportResult;
import uk.svkit.sdk.models.SaveVcfseProfileOptions;
import uk.svkit.sdk.models.SearchDirectoryOptions;

/**
 * Loading a postcode directory in the ONS Postcode Directory layout, through the SDK, and resolving
 * full postcodes from it wherever the API takes a postcode. The table is shared by every test and
 * run, so each test invents postcodes of its own (inward codes starting 9, in CH41 and in districts
 * svkit does not ship, ZQ1 to ZQ9) and never asserts on the table as a whole.
 */
class PostcodeImportIT extends SvkitServer {
  static final String HEADER = "pcd,pcd2,pcds,dointr,doterm,oslaua,osward,lat,long\r\n";
  static final double[] CH41 = {53.39402, -3.03022};

  private SvkitClient admin;
  private final List<SvkitClient> opened = new ArrayList<>();

  @BeforeEach
  void connect() {
    admin = open(Tokens.admin());
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

  /** A postcode no other test uses: the outcode given, inward code 9 and two random letters. */
  private static String postcode(String outcode) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return outcode + " 9" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
  }

  /** An outcode svkit ships no district for. */
  private static String unshippedOutcode() {
    return "ZQ" + ThreadLocalRandom.current().nextInt(1, 10);
  }

  /** A row as ONSPD writes it: pcd padded to 7, pcd2 to 8, pcds with one space. */
  private static String row(String pcds, String lat, String lon, String laua) {
    String[] parts = pcds.split(" ");
    String pcd = parts[0] + " ".repeat(Math.max(1, 7 - pcds.length() + 1)) + parts[1];
    return "\""
        + pcd
        + "\",\""
        + pcds
        + "\",\""
        + pcds
        + "\",202001,,"
        + laua
        + ",E05000001,"
        + lat
        + ","
        + lon
        + "\r\n";
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

  private BaseLocation profileBase(String tag, String basePostcode) {
    String identifier = uniqueCompanyIdentifier();
    String id =
        admin
            .organisations()
            .createOrganisation(
                CreateOrganisationOptions.builder()
                    .name(tag)
                    .roles(Set.of(OrganisationRole.VCFSE))
                    .identifier(identifier)
                    .build())
            .getId();
    SvkitClient vcfse = open(Tokens.of(identifier, "vcfse"));
    return vcfse
        .directory()
        .saveProfile(
            id,
            SaveVcfseProfileOptions.builder()
                .legalForm(LegalForm.REGISTERED_CHARITY)
                .description("Postcode test " + tag)
                .basePostcode(basePostcode)
                // Published at its exact point, so the test sees the imported postcode's own point
                // (by default a base is public at its district: DirectoryIT covers that).
                .exactLocationPublic(true)
                .build())
        .getBase();
  }

  @Test
  void importedPostcodesResolveExactlyEverywhereAndRowsWithoutCoordinatesAreSkipped() {
    String wirral = postcode("CH41");
    String elsewhere = postcode(unshippedOutcode());
    String noGrid = postcode(unshippedOutcode());
    double[] wirralPoint = {53.381234, -3.011111};
    double[] elsewherePoint = {53.452345, -2.912222};

    PostcodeImportResult result =
        admin
            .places()
            .importPostcodes(
                HEADER
                    + row(wirral, "53.381234", "-3.011111", "E08000015")
                    + row(elsewhere, "53.452345", "-2.912222", "E08000012")
                    + row(noGrid, "99.999999", "0.000000", ""));

    assertEquals(2, result.getInserted());
    assertEquals(0, result.getUpdated());
    assertEquals(1, result.getSkipped());
    // Public (no token), any spacing or case.
    assertEquals(
        200, http().get("/api/v1/postcodes/" + wirral.replace(" ", "%20")).send().status());
    Postcode got = admin.places().getPostcode(wirral.toLowerCase().replace(" ", ""));
    assertEquals(wirral, got.getPostcode());
    assertEquals(53.381234, got.getLatitude(), 1e-9);
    assertEquals(-3.011111, got.getLongitude(), 1e-9);
    assertEquals("E08000015", got.getPlaceCode());
    assertThrows(NotFoundException.class, () -> admin.places().getPostcode(noGrid));

    // A profile's base: the full postcode's own point, not its district's centroid; a postcode in a
    // district svkit does not ship resolves too, with the directory's local authority.
    String tag = "zp" + Long.toString(System.nanoTime(), 36);
    BaseLocation base = profileBase("Birkenhead " + tag, wirral);
    assertEquals(wirral, base.getPostcode());
    assertEquals(wirralPoint[0], base.getLatitude(), 1e-9);
    assertEquals(wirralPoint[1], base.getLongitude(), 1e-9);
    BaseLocation far = profileBase("Bootle " + tag, elsewhere);
    assertEquals("E08000012", far.getPlaceCode());
    assertEquals(elsewherePoint[0], far.getLatitude(), 1e-9);

    // near= a full postcode measures from that postcode.
    List<DirectoryOrganisationHit> hits =
        admin
            .directory()
            .searchOrganisations(
                SearchDirectoryOptions.builder()
                    .query(tag)
                    .near(elsewhere)
                    .radiusKm(50)
                    .sort(DirectorySort.DISTANCE)
                    .build())
            .stream()
            .toList();
    assertEquals(
        List.of("Bootle " + tag, "Birkenhead " + tag),
        hits.stream().map(DirectoryOrganisationHit::getName).toList());
    assertEquals(0.0, hits.get(0).getDistanceKm(), 1e-9);
    assertEquals(km(elsewherePoint, wirralPoint), hits.get(1).getDistanceKm(), 0.001);
    // ... and a radius that the district centroid would pass but the exact point does not is
    // respected.
    double exact = km(wirralPoint, CH41);
    assertTrue(exact > 1.5, "the test point lies away from the CH41 centroid");
    List<String> names =
        admin
            .directory()
            .searchOrganisations(
                SearchDirectoryOptions.builder()
                    .query(tag)
                    .near(wirral)
                    .radiusKm(exact / 2)
                    .build())
            .stream()
            .map(DirectoryOrganisationHit::getName)
            .toList();
    assertEquals(List.of("Birkenhead " + tag), names);

    // The import is audited under its id.
    assertEquals(
        1,
        admin
            .audit()
            .listAuditEvents(
                ListAuditEventsOptions.builder().entityId(result.getImportId()).build())
            .stream()
            .count());
  }

  @Test
  void aFullPostcodeNotImportedFallsBackToItsDistrictAndAnUnknownOneIsA422() {
    String tag = "zp" + Long.toString(System.nanoTime(), 36);
    String notImported = postcode("CH41");
    BaseLocation base = profileBase("Fallback " + tag, notImported);
    assertEquals(notImported, base.getPostcode());
    assertEquals(CH41[0], base.getLatitude(), 1e-9);
    assertEquals(CH41[1], base.getLongitude(), 1e-9);

    String unknown = postcode("ZZ8");
    BusinessRuleException e =
        assertThrows(BusinessRuleException.class, () -> profileBase("Unknown " + tag, unknown));
    assertEquals("basePostcode", e.getErrors().get(0).getField());
    assertEquals(
        422,
        http().get("/api/v1/directory/needs?near=" + unknown.replace(" ", "%20")).send().status());
  }

  @Test
  void reimportingUpsertsByPostcode() {
    String first = postcode(unshippedOutcode());
    String second = postcode(unshippedOutcode());
    admin.places().importPostcodes(HEADER + row(first, "53.1", "-2.1", "E06000049"));

    PostcodeImportResult again =
        admin
            .places()
            .importPostcodes(
                HEADER + row(first, "53.2", "-2.2", "E06000050") + row(second, "53.3", "-2.3", ""));

    assertEquals(1, again.getInserted());
    assertEquals(1, again.getUpdated());
    Postcode updated = admin.places().getPostcode(first);
    assertEquals(53.2, updated.getLatitude(), 1e-9);
    assertEquals("E06000050", updated.getPlaceCode());
    assertEquals(null, admin.places().getPostcode(second).getPlaceCode());
  }

  @Test
  void aBadRowLeavesTheDirectoryUnchangedAndEveryBadLineIsNamed() {
    String kept = postcode(unshippedOutcode());
    String fresh = postcode(unshippedOutcode());
    admin.places().importPostcodes(HEADER + row(kept, "53.1", "-2.1", "E06000049"));

    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class,
            () ->
                admin
                    .places()
                    .importPostcodes(
                        HEADER
                            + row(kept, "53.9", "-2.9", "E06000049") // line 2: fine, an update
                            + row(fresh, "north", "-2.5", "E06000049") // line 3: bad latitude
                            + row(fresh, "53.5", "-2.5", "E06000049") // line 4: fine
                            + "\"NOTAPC\",\"NOTAPC\",\"NOTAPC\",202001,,E06000049,E05000001,53.5,-2.5\r\n")); // line 5: bad postcode

    assertEquals(422, e.getStatusCode());
    List<String> fields = e.getErrors().stream().map(FieldError::getField).toList();
    assertEquals(List.of("line 3.lat", "line 5.pcds"), fields);
    assertEquals(53.1, admin.places().getPostcode(kept).getLatitude(), 1e-9);
    assertThrows(NotFoundException.class, () -> admin.places().getPostcode(fresh));
  }

  @Test
  void aFileWithoutTheColumnsIsRefusedByHeader() {
    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class,
            () ->
                admin
                    .places()
                    .importPostcodes("postcode,latitude,longitude\r\nCH41 5AB,53.3,-3.0\r\n"));
    assertEquals("header", e.getErrors().get(0).getField());
    assertTrue(e.getErrors().get(0).getMessage().contains("pcds"));
  }

  @Test
  void onlyPlatformAdminsImport() {
    String csv = HEADER + row(postcode(unshippedOutcode()), "53.1", "-2.1", "");
    SvkitClient supplier = open(Tokens.of("GB-COH-09900001", "supplier"));
    assertThrows(PermissionDeniedException.class, () -> supplier.places().importPostcodes(csv));
    Http.Reply anonymous =
        http().method("POST", "/api/v1/postcodes", csv).header("Content-Type", "text/csv").send();
    assertEquals(401, anonymous.status());
    assertFalse(anonymous.body().isEmpty());
  }
}
