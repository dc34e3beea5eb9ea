package uk.svkit.it.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.models.CommitmentPeriod;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractCommitmentInput;
import uk.svkit.sdk.models.ContractReturn;
import uk.svkit.sdk.models.CreateContractOptions;
import uk.svkit.sdk.models.ReportingFrequency;
import uk.svkit.sdk.models.SubmitReturnOptions;

/**
 * The OCDS publication feed through the SDK: a buyer's contracts as release packages with stable
 * release ids, the since filter and cursor paging, the record of one ocid compiling its releases,
 * and who may read them. Every document validates against the OCDS 1.1.5 package schemas with the
 * metrics, sustainability and UK extensions merged.
 */
class OcdsFeedIT extends SvkitServer {
  private static final String WIRRAL = "GB-LAE-WRL";
  private static final String SUPPLIER = "GB-COH-09900001";
  private static final String SUPPLIER_ID = "8f1f3c39-0000-4000-8000-000000000004";

  private SvkitClient buyer;
  private SvkitClient supplier;

  @BeforeEach
  void connect() {
    buyer = Clients.of(endpoint(), Tokens.of(WIRRAL, "buyer"));
    supplier = Clients.of(endpoint(), Tokens.of(SUPPLIER, "supplier"));
  }

  @AfterEach
  void close() {
    buyer.close();
    supplier.close();
  }

  private Contract contract(String title) {
    return buyer
        .contracts()
        .createContract(
            CreateContractOptions.builder()
                .buyerContractId(unique("OCDS").replace(' ', '-'))
                .title(title)
                .supplierOrganisationId(SUPPLIER_ID)
                .value(new BigDecimal("400000"))
                .startDate(LocalDate.of(2026, 1, 1))
                .endDate(LocalDate.of(2026, 12, 31))
                .placesServed(List.of("E08000015"))
                .frameworkCode("SVK-LOCAL")
                .edition("1")
                .addCommitment(
                    ContractCommitmentInput.builder("LM-EMP-01", new BigDecimal("4"))
                        .period(CommitmentPeriod.WHOLE_CONTRACT)
                        .reportingFrequency(ReportingFrequency.QUARTERLY)
                        .build())
                .build());
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static JsonObject validPackage(String text) throws Exception {
    var errors = OcdsPackageSchema.validateReleasePackage(text);
    assertTrue(errors.isEmpty(), errors + "\n" + text);
    return json(text);
  }

  /** The releases of every page of the feed since a time, following links.next. */
  private List<JsonObject> allReleasesSince(SvkitClient client, OffsetDateTime since)
      throws Exception {
    List<JsonObject> releases = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonObject pkg = validPackage(client.ocds().listReleases(since, cursor, 1));
      pkg.getJsonArray("releases").forEach(r -> releases.add((JsonObject) r));
      cursor =
          pkg.containsKey("links") ? cursorOf(pkg.getJsonObject("links").getString("next")) : null;
      assertTrue(++pages < 50, "the feed ends");
    } while (cursor != null);
    return releases;
  }

  private static String cursorOf(String next) {
    for (String pair : URI.create(next).getRawQuery().split("&")) {
      if (pair.startsWith("cursor=")) {
        return URLDecoder.decode(pair.substring("cursor=".length()), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no cursor in " + next);
  }

  private static JsonObject releaseOf(List<JsonObject> releases, String contractId) {
    return releases.stream()
        .filter(r -> r.getString("ocid").endsWith(contractId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no release for " + contractId));
  }

  @Test
  void theFeedPublishesStableReleasesThatChangeOnlyWithTheirContent() throws Exception {
    OffsetDateTime before = OffsetDateTime.now().minusSeconds(2);
    Contract first = contract("OCDS feed: first");
    Contract second = contract("OCDS feed: second");

    List<JsonObject> feed = allReleasesSince(buyer, before);
    JsonObject release = releaseOf(feed, first.getId());
    releaseOf(feed, second.getId());
    assertEquals(
        feed.size(),
        feed.stream().map(r -> r.getString("ocid")).distinct().count(),
        "paging by cursor repeats no contract");
    assertTrue(release.getString("id").startsWith(release.getString("ocid") + "-"));

    JsonObject pkg = validPackage(buyer.ocds().listReleases(before, null, null));
    assertEquals("1.1", pkg.getString("version"));
    assertEquals(
        List.of(
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_sustainability_extension/master/extension.json"),
        pkg.getJsonArray("extensions").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());
    assertEquals("GB-LAE", pkg.getJsonObject("publisher").getString("scheme"));
    assertEquals("WRL", pkg.getJsonObject("publisher").getString("uid"));

    // Unchanged content: the same id and date however often it is read.
    JsonObject again = releaseOf(allReleasesSince(buyer, before), first.getId());
    assertEquals(release.getString("id"), again.getString("id"));
    assertEquals(release.getString("date"), again.getString("date"));

    // A validated return changes the content: a new release id, dated at or after the change.
    OffsetDateTime beforeReturn = OffsetDateTime.now().minusSeconds(2);
    String kpi = first.getCommitments().get(0).getId();
    ContractReturn submitted =
        supplier
            .contracts()
            .submitReturn(
                first.getId(),
                kpi,
                SubmitReturnOptions.builder(
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), new BigDecimal("2"))
                    .build());
    buyer.contracts().validateReturn(submitted);

    List<JsonObject> changed = allReleasesSince(buyer, beforeReturn);
    JsonObject updated = releaseOf(changed, first.getId());
    assertNotEquals(release.getString("id"), updated.getString("id"));
    // Which contracts fall before a since is checked to the second in OcdsReleaseStoreTest; here
    // the
    // two contracts may share a second with the return, so only the changed release is asserted.
    assertEquals(
        2,
        updated
            .getJsonArray("contracts")
            .getJsonObject(0)
            .getJsonObject("implementation")
            .getJsonArray("metrics")
            .getJsonObject(0)
            .getJsonArray("observations")
            .getJsonObject(0)
            .getJsonNumber("measure")
            .intValue());

    // The record compiles both releases, oldest first.
    String recordText = buyer.ocds().getRecord(release.getString("ocid"));
    var errors = OcdsPackageSchema.validateRecordPackage(recordText);
    assertTrue(errors.isEmpty(), errors + "\n" + recordText);
    JsonObject record = json(recordText).getJsonArray("records").getJsonObject(0);
    assertEquals(
        List.of(release.getString("id"), updated.getString("id")),
        record.getJsonArray("releases").stream()
            .map(r -> ((JsonObject) r).getString("id"))
            .toList());
    JsonObject compiled = record.getJsonObject("compiledRelease");
    assertEquals("compiled", compiled.getJsonArray("tag").getString(0));
    assertEquals(
        1,
        compiled
            .getJsonArray("contracts")
            .getJsonObject(0)
            .getJsonObject("implementation")
            .getJsonArray("metrics")
            .size());
  }

  @Test
  void theFeedAndRecordsAreTheCallingBuyersOwn() throws Exception {
    OffsetDateTime before = OffsetDateTime.now().minusSeconds(2);
    Contract wirral = contract("OCDS feed: Wirral only");
    String ocid = releaseOf(allReleasesSince(buyer, before), wirral.getId()).getString("ocid");

    try (SvkitClient liverpool = Clients.of(endpoint(), Tokens.of("GB-LAE-LIV", "buyer"))) {
      JsonObject theirs = validPackage(liverpool.ocds().listReleases(before, null, 200));
      assertTrue(
          theirs.getJsonArray("releases").stream()
              .noneMatch(r -> ((JsonObject) r).getString("ocid").equals(ocid)));
      assertThrows(NotFoundException.class, () -> liverpool.ocds().getRecord(ocid));
    }
    assertThrows(
        PermissionDeniedException.class, () -> supplier.ocds().listReleases(null, null, 1));

    Http.Reply bad =
        http()
            .get("/api/v1/ocds/releases?since=yesterday")
            .token(Tokens.of(WIRRAL, "buyer"))
            .send();
    assertEquals(400, bad.status(), bad.body());
  }
}
