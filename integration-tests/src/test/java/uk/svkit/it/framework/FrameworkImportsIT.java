package uk.svkit.it.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.models.CreateProxySetOptions;
import uk.svkit.sdk.models.CreateValuationOptions;
import uk.svkit.sdk.models.EditionStatus;
import uk.svkit.sdk.models.Framework;
import uk.svkit.sdk.models.FrameworkEdition;
import uk.svkit.sdk.models.FrameworkElement;
import uk.svkit.sdk.models.FrameworkElementKind;
import uk.svkit.sdk.models.ImportFrameworkEditionOptions;
import uk.svkit.sdk.models.ProxySet;
import uk.svkit.sdk.models.UnitType;
import uk.svkit.sdk.models.Valuation;

/** Buyers import their own framework editions; they are private, published and immutable. */
class FrameworkImportsIT extends SvkitServer {
  private static final String WIRRAL = "GB-LAE-WRL";
  private static final String LIVERPOOL = "GB-LAE-LIV";
  static final String HEADER =
      "frameworkCode,frameworkName,edition,source,type,code,title,kind,parentCode,unitType,unitLabel,monetised\r\n";

  private SvkitClient wirral;
  private SvkitClient liverpool;

  @BeforeEach
  void connect() {
    wirral = Clients.of(endpoint(), Tokens.of(WIRRAL, "buyer"));
    liverpool = Clients.of(endpoint(), Tokens.of(LIVERPOOL, "buyer"));
  }

  @AfterEach
  void close() {
    wirral.close();
    liverpool.close();
  }

  /** A framework code no other test or earlier run uses. */
  private static String uniqueCode() {
    return "IT-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
  }

  /** Two themes, an outcome listed before its theme, and measures at two depths. */
  private static ImportFrameworkEditionOptions.Builder wirralFramework(
      String code, String edition) {
    return ImportFrameworkEditionOptions.builder()
        .frameworkCode(code)
        .frameworkName("Wirral social value " + code)
        .edition(edition)
        .publisher("Wirral Council")
        .source("Wirral cabinet decision, test")
        .validFrom(LocalDate.of(2026, 4, 1))
        .addElement(
            "JOBS-1", FrameworkElementKind.OUTCOME, "More local people in good work", "JOBS")
        .addElement("JOBS", FrameworkElementKind.THEME, "Local skills and employment")
        .addElement("GREEN", FrameworkElementKind.THEME, "Greener Wirral")
        .addMeasure("WRL-EMP-01", "Local people hired", UnitType.FTE, "FTE hired", true, "JOBS-1")
        .addMeasure("WRL-CO2-01", "Carbon saved", UnitType.TCO2E, "tCO2e", true, "GREEN")
        .addMeasure("WRL-NAR-01", "Other social value", UnitType.TEXT, "narrative", false);
  }

  @Test
  void aJsonImportIsPublishedAndReadsBackAsATree() {
    String code = uniqueCode();

    FrameworkEdition imported =
        wirral.frameworks().importFrameworkEdition(wirralFramework(code, "2026").build());
    FrameworkEdition read = wirral.frameworks().getFrameworkEdition(code, "2026");

    for (FrameworkEdition edition : List.of(imported, read)) {
      assertEquals(code, edition.getFrameworkCode());
      assertEquals(EditionStatus.PUBLISHED, edition.getStatus());
      assertEquals(LocalDate.of(2026, 4, 1), edition.getValidFrom());
      assertNotNull(edition.getOwnerOrganisationId());
      assertEquals(
          List.of("JOBS", "GREEN"),
          edition.getElements().stream().map(FrameworkElement::getCode).toList());
      FrameworkElement outcome = edition.getElements().get(0).getChildren().get(0);
      assertEquals(FrameworkElementKind.OUTCOME, outcome.getKind());
      assertEquals("WRL-EMP-01", outcome.getMeasures().get(0).getCode());
      assertEquals(UnitType.TCO2E, edition.findMeasure("WRL-CO2-01").orElseThrow().getUnitType());
      assertFalse(edition.findMeasure("WRL-NAR-01").orElseThrow().isMonetised());
      assertEquals(
          List.of("WRL-NAR-01"), edition.getMeasures().stream().map(m -> m.getCode()).toList());
    }
    Framework listed =
        wirral.frameworks().listFrameworks().stream()
            .filter(f -> f.getCode().equals(code))
            .findFirst()
            .orElseThrow();
    assertEquals("Wirral Council", listed.getPublisher());
    assertEquals(imported.getOwnerOrganisationId(), listed.getOwnerOrganisationId());
    assertEquals(List.of("2026"), listed.getEditions().stream().map(e -> e.getEdition()).toList());
  }

  @Test
  void theImportAnswers201WithTheEditionsLocationAndIsAudited() {
    String code = uniqueCode();
    String body =
        "{\"frameworkCode\":\""
            + code
            + "\",\"frameworkName\":\"Wire test\",\"edition\":\"1\",\"source\":\"test\","
            + "\"elements\":[{\"code\":\"T1\",\"kind\":\"THEME\",\"title\":\"Theme\"}]}";

    Http.Reply reply =
        http().post("/api/v1/frameworks/editions", body).token(Tokens.of(WIRRAL, "buyer")).send();

    assertEquals(201, reply.status(), reply.body());
    assertTrue(
        reply.header("Location").endsWith("/api/v1/frameworks/" + code + "/editions/1"),
        reply.header("Location"));
    String id = reply.json().getString("id");
    Http.Reply audit =
        http().get("/api/v1/audit-events?entityId=" + id).token(Tokens.of(WIRRAL, "buyer")).send();
    assertTrue(audit.body().contains("framework-edition"), audit.body());
  }

  @Test
  void aCsvImportReadsLikeTheJsonForm() {
    String code = uniqueCode();
    String rows =
        HEADER
            + code
            + ",Wirral CSV framework,2026-04,\"Cabinet paper, 2025\",element,JOBS,Local jobs,THEME,,,,\r\n"
            + code
            + ",Wirral CSV framework,2026-04,\"Cabinet paper, 2025\",element,JOBS-1,More local jobs,OUTCOME,JOBS,,,\r\n"
            + code
            + ",Wirral CSV framework,2026-04,\"Cabinet paper, 2025\",measure,WRL-EMP-01,Local hires,,JOBS-1,FTE,FTE hired,true\r\n"
            + code
            + ",Wirral CSV framework,2026-04,\"Cabinet paper, 2025\",measure,WRL-NAR-01,Narrative,,,TEXT,narrative,false\r\n";

    FrameworkEdition edition = wirral.frameworks().importFrameworkEditionFromCsv(rows);

    assertEquals("2026-04", edition.getEdition());
    assertEquals("Cabinet paper, 2025", edition.getSource());
    assertEquals("JOBS-1", edition.getElements().get(0).getChildren().get(0).getCode());
    assertTrue(edition.findMeasure("WRL-EMP-01").orElseThrow().isMonetised());
    assertEquals(
        "WRL-EMP-01",
        wirral
            .frameworks()
            .getFrameworkEdition(code, "2026-04")
            .getElements()
            .get(0)
            .getChildren()
            .get(0)
            .getMeasures()
            .get(0)
            .getCode());
  }

  @Test
  void aBadCsvReportsEveryProblemByLineAndStoresNothing() {
    String code = uniqueCode();
    String rows =
        HEADER
            + code
            + ",Broken,1,s,element,JOBS,Local jobs,THEME,,,,\r\n"
            + code
            + ",Broken,1,s,element,JOBS,Duplicate,THEME,,,,\r\n"
            + code
            + ",Broken,1,s,element,ORPHAN,Orphan,OUTCOME,NOWHERE,,,\r\n"
            + code
            + ",Broken,1,s,measure,WRL-EMP-01,Hires,,JOBS,KWH,kWh,yes\r\n"
            + code
            + ",Broken,1,s,measure,bad code,Hires,,JOBS,FTE,FTE,true\r\n";

    BusinessRuleException rejected =
        assertThrows(
            BusinessRuleException.class,
            () -> wirral.frameworks().importFrameworkEditionFromCsv(rows));

    assertEquals(
        List.of(
            "line 3.code",
            "line 4.parentCode",
            "line 5.monetised",
            "line 5.unitType",
            "line 6.code"),
        rejected.getErrors().stream().map(e -> e.getField()).toList(),
        rejected.getErrors().toString());
    assertThrows(NotFoundException.class, () -> wirral.frameworks().getFrameworkEdition(code, "1"));
    assertTrue(
        wirral.frameworks().listFrameworks().stream().noneMatch(f -> f.getCode().equals(code)),
        "nothing was stored");
  }

  @Test
  void elementsThatDoNotFormATreeAreRejectedByField() {
    ValidationException rejected =
        assertThrows(
            ValidationException.class,
            () ->
                wirral
                    .frameworks()
                    .importFrameworkEdition(
                        ImportFrameworkEditionOptions.builder()
                            .frameworkCode(uniqueCode())
                            .frameworkName("Loops")
                            .edition("1")
                            .source("test")
                            .addElement("ROOT", FrameworkElementKind.THEME, "Root")
                            .addElement("A", FrameworkElementKind.OUTCOME, "A", "B")
                            .addElement("B", FrameworkElementKind.OUTCOME, "B", "A")
                            .addElement("C", FrameworkElementKind.OUTCOME, "C", "MISSING")
                            .addMeasure("M-1", "M", UnitType.COUNT, "things", true, "NOPE")
                            .build()));

    assertEquals(
        List.of("elements[1].parentCode", "elements[3].parentCode", "measures[0].elementCode"),
        rejected.getErrors().stream().map(e -> e.getField()).sorted().toList());
    assertTrue(
        rejected.getErrors().stream().anyMatch(e -> e.getMessage().contains("A -> B -> A")),
        rejected.getErrors().toString());
  }

  @Test
  void invalidFieldsAreNamedByTheirJsonPath() {
    String body =
        "{\"frameworkCode\":\"lower case\",\"frameworkName\":\"x\",\"edition\":\"1\",\"source\":\"s\","
            + "\"elements\":[{\"code\":\"T1\",\"kind\":\"THEME\",\"title\":\"T\"},{\"code\":\"T2\",\"kind\":\"REALM\",\"title\":\"T\"}],"
            + "\"measures\":[{\"code\":\"m 1\",\"title\":\"M\",\"unitType\":\"FTE\",\"unitLabel\":\"FTE\"}]}";

    Http.Reply reply =
        http().post("/api/v1/frameworks/editions", body).token(Tokens.of(WIRRAL, "buyer")).send();

    assertEquals(400, reply.status(), reply.body());
    List<String> fields =
        reply.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .sorted()
            .toList();
    assertEquals(
        List.of("elements[1].kind", "frameworkCode", "measures[0].code", "measures[0].monetised"),
        fields);
  }

  @Test
  void publishedEditionsCannotBeImportedAgainButANewEditionCan() {
    String code = uniqueCode();
    wirral.frameworks().importFrameworkEdition(wirralFramework(code, "2026").build());

    ConflictException again =
        assertThrows(
            ConflictException.class,
            () ->
                wirral.frameworks().importFrameworkEdition(wirralFramework(code, "2026").build()));
    FrameworkEdition next =
        wirral.frameworks().importFrameworkEdition(wirralFramework(code, "2027").build());
    ValidationException renamed =
        assertThrows(
            ValidationException.class,
            () ->
                wirral
                    .frameworks()
                    .importFrameworkEdition(
                        ImportFrameworkEditionOptions.builder()
                            .frameworkCode(code)
                            .frameworkName("Another name")
                            .edition("2028")
                            .source("s")
                            .addElement("T", FrameworkElementKind.THEME, "T")
                            .build()));

    assertEquals(409, again.getStatusCode());
    assertTrue(again.getDetail().contains("already exists"), again.getDetail());
    assertEquals("2027", next.getEdition());
    assertEquals("frameworkName", renamed.getErrors().get(0).getField());
    assertEquals(
        EditionStatus.PUBLISHED, wirral.frameworks().getFrameworkEdition(code, "2026").getStatus());
  }

  @Test
  void noEditionCanBeAddedToAShippedFrameworkOrAnotherOrganisationsCode() {
    String code = uniqueCode();
    wirral.frameworks().importFrameworkEdition(wirralFramework(code, "2026").build());

    ConflictException shipped =
        assertThrows(
            ConflictException.class,
            () ->
                wirral
                    .frameworks()
                    .importFrameworkEdition(
                        ImportFrameworkEditionOptions.builder()
                            .frameworkCode("SVK-LOCAL")
                            .frameworkName("svkit local measures")
                            .edition("2")
                            .source("s")
                            .addElement("T", FrameworkElementKind.THEME, "T")
                            .build()));
    ConflictException taken =
        assertThrows(
            ConflictException.class,
            () ->
                liverpool
                    .frameworks()
                    .importFrameworkEdition(wirralFramework(code, "2027").build()));

    assertTrue(shipped.getDetail().contains("shipped"), shipped.getDetail());
    assertTrue(taken.getDetail().contains("another organisation"), taken.getDetail());
    assertThrows(
        NotFoundException.class, () -> wirral.frameworks().getFrameworkEdition("SVK-LOCAL", "2"));
  }

  @Test
  void anotherOrganisationCannotSeeAnImportedFrameworkButAnAdminCan() {
    String code = uniqueCode();
    wirral.frameworks().importFrameworkEdition(wirralFramework(code, "2026").build());

    assertThrows(
        NotFoundException.class, () -> liverpool.frameworks().getFrameworkEdition(code, "2026"));
    List<String> theirs =
        liverpool.frameworks().listFrameworks().stream().map(Framework::getCode).toList();
    assertFalse(theirs.contains(code));
    assertTrue(theirs.contains("SVK-LOCAL"), "shipped frameworks stay visible to all");
    try (SvkitClient admin = Clients.of(endpoint(), Tokens.admin())) {
      assertEquals(code, admin.frameworks().getFrameworkEdition(code, "2026").getFrameworkCode());
      assertThrows(
          BusinessRuleException.class,
          () ->
              admin.frameworks().importFrameworkEdition(wirralFramework(uniqueCode(), "1").build()),
          "an admin without an organisation has no one to import for");
    }
  }

  @Test
  void onlyBuyersContractManagersAndAdminsMayImport() {
    try (SvkitClient supplier = Clients.of(endpoint(), Tokens.of("GB-COH-09900001", "supplier"))) {
      assertThrows(
          PermissionDeniedException.class,
          () ->
              supplier
                  .frameworks()
                  .importFrameworkEdition(wirralFramework(uniqueCode(), "1").build()));
    }
    try (SvkitClient manager = Clients.of(endpoint(), Tokens.of(WIRRAL, "contract-manager"))) {
      assertEquals(
          "1",
          manager
              .frameworks()
              .importFrameworkEdition(wirralFramework(uniqueCode(), "1").build())
              .getEdition());
    }
  }

  @Test
  void aProxySetAndAValuationWorkOnTheImportedEditionOnlyForItsOwner() {
    String code = uniqueCode();
    wirral.frameworks().importFrameworkEdition(wirralFramework(code, "2026").build());
    CreateProxySetOptions values =
        CreateProxySetOptions.builder()
            .frameworkCode(code)
            .edition("2026")
            .name(unique("Wirral own values"))
            .currency("GBP")
            .priceYear(2026)
            .source("Test values")
            .licenceNote("Test data")
            .addValue("WRL-EMP-01", new BigDecimal("25000.00"))
            .addValue("WRL-CO2-01", new BigDecimal("250"))
            .build();

    ProxySet set = wirral.proxySets().createProxySet(values);
    Valuation valuation =
        wirral
            .valuations()
            .createValuation(
                CreateValuationOptions.builder()
                    .proxySetId(set.getId())
                    .addItem("WRL-EMP-01", new BigDecimal("2"))
                    .addItem("WRL-CO2-01", new BigDecimal("10"))
                    .build());

    assertEquals(code, set.getFrameworkCode());
    assertEquals(code, valuation.getFrameworkCode());
    assertEquals(new BigDecimal("52500.00"), valuation.getTotal());
    assertThrows(NotFoundException.class, () -> liverpool.proxySets().createProxySet(values));
  }
}
