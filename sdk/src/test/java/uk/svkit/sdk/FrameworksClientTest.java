package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.models.EditionStatus;
import uk.svkit.sdk.models.Framework;
import uk.svkit.sdk.models.FrameworkEdition;
import uk.svkit.sdk.models.FrameworkElement;
import uk.svkit.sdk.models.FrameworkElementKind;
import uk.svkit.sdk.models.ImportFrameworkEditionOptions;
import uk.svkit.sdk.models.Measure;
import uk.svkit.sdk.models.UnitType;

class FrameworksClientTest {

  static final String FRAMEWORKS_JSON =
      "{\"items\":[{\"code\":\"PPN0620\",\"name\":"
          + "\"Social Value Model (PPN 06/20)\",\"publisher\":\"Cabinet Office\","
          + "\"description\":\"Central government model\",\"licenceNote\":\"OGL v3.0\","
          + "\"editions\":[{\"id\":\"e-1\",\"edition\":\"2020-12\",\"status\":\"SHIPPED\","
          + "\"validFrom\":\"2021-01-01\",\"source\":\"PPN 06/20 edition 3\"}]},"
          + "{\"code\":\"PPN002\",\"name\":\"Social Value Model (PPN 002)\",\"editions\":"
          + "[{\"id\":\"e-2\",\"edition\":\"2025-02\",\"status\":\"RETIRED\","
          + "\"validFrom\":\"2025-10-01\",\"futureField\":[1]}],\"futureField\":{}}],"
          + "\"next\":null}";

  /** Theme > Outcome > Criterion with measures at two depths, plus one unattached measure. */
  static final String EDITION_JSON =
      "{\"id\":\"e-1\",\"edition\":\"2020-12\","
          + "\"status\":\"PUBLISHED\",\"validFrom\":\"2021-01-01\",\"source\":\"PPN 06/20\","
          + "\"frameworkCode\":\"PPN0620\",\"frameworkName\":\"Social Value Model\","
          + "\"elements\":[{\"kind\":\"THEME\",\"code\":\"Theme 2\",\"title\":\"Tackling economic"
          + " inequality\",\"children\":[{\"kind\":\"OUTCOME\",\"code\":\"Outcome 2.1\","
          + "\"title\":\"Create new jobs\",\"children\":[{\"kind\":\"CRITERION\",\"code\":"
          + "\"MAC 2.1\",\"title\":\"Entrepreneurship\",\"children\":[],\"measures\":["
          + "{\"code\":\"LM-EMP-01\",\"title\":\"Local people hired\",\"unitType\":\"FTE\","
          + "\"unitLabel\":\"FTE\",\"monetised\":true}]}],\"measures\":[{\"code\":\"LM-NAR-01\","
          + "\"title\":\"Narrative\",\"unitType\":\"TEXT\",\"unitLabel\":\"narrative\","
          + "\"monetised\":false}]}],\"measures\":[]},{\"kind\":\"WORKSTREAM\",\"code\":\"W1\","
          + "\"title\":\"Future kind\",\"measures\":[{\"code\":\"LM-X-01\","
          + "\"title\":\"Future unit\",\"unitType\":\"KWH\",\"unitLabel\":\"kWh\","
          + "\"monetised\":true,\"weight\":2}]}],"
          + "\"measures\":[{\"code\":\"LM-CO2-01\",\"title\":\"Carbon saved\",\"unitType\":"
          + "\"TCO2E\",\"unitLabel\":\"tCO2e saved\",\"monetised\":true}],\"futureField\":true}";

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
  void listFrameworksReadsTheSinglePageWithEditions() {
    stub.enqueue(Reply.json(200, FRAMEWORKS_JSON));

    List<Framework> frameworks =
        client.frameworks().listFrameworks().stream().collect(Collectors.toList());

    assertEquals(1, stub.requests().size(), "next is null: no second request");
    StubServer.Recorded req = stub.lastRequest();
    assertEquals("GET", req.method);
    assertEquals("/api/v1/frameworks", req.path());
    assertNull(req.query());
    assertEquals(2, frameworks.size());
    Framework ppn = frameworks.get(0);
    assertEquals("PPN0620", ppn.getCode());
    assertEquals("Social Value Model (PPN 06/20)", ppn.getName());
    assertEquals("Cabinet Office", ppn.getPublisher());
    assertEquals("Central government model", ppn.getDescription());
    assertEquals("OGL v3.0", ppn.getLicenceNote());
    assertEquals(1, ppn.getEditions().size());
    assertEquals("e-1", ppn.getEditions().get(0).getId());
    assertEquals("2020-12", ppn.getEditions().get(0).getEdition());
    assertEquals(EditionStatus.SHIPPED, ppn.getEditions().get(0).getStatus());
    assertEquals(LocalDate.of(2021, 1, 1), ppn.getEditions().get(0).getValidFrom());
    assertEquals("PPN 06/20 edition 3", ppn.getEditions().get(0).getSource());
    // Unknown status value and unknown fields are tolerated.
    assertEquals("RETIRED", frameworks.get(1).getEditions().get(0).getStatus().toString());
    assertNull(frameworks.get(1).getPublisher());
  }

  @Test
  void getFrameworkEditionMapsTheTree() {
    stub.enqueue(Reply.json(200, EDITION_JSON));

    FrameworkEdition e = client.frameworks().getFrameworkEdition("PPN0620", "2020-12");

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("GET", req.method);
    assertEquals("/api/v1/frameworks/PPN0620/editions/2020-12", req.path());
    assertEquals("e-1", e.getId());
    assertEquals("2020-12", e.getEdition());
    assertEquals(EditionStatus.PUBLISHED, e.getStatus());
    assertEquals(LocalDate.of(2021, 1, 1), e.getValidFrom());
    assertEquals("PPN 06/20", e.getSource());
    assertEquals("PPN0620", e.getFrameworkCode());
    assertEquals("Social Value Model", e.getFrameworkName());

    FrameworkElement theme = e.getElements().get(0);
    assertEquals(FrameworkElementKind.THEME, theme.getKind());
    assertEquals("Theme 2", theme.getCode());
    assertTrue(theme.getMeasures().isEmpty());
    FrameworkElement outcome = theme.getChildren().get(0);
    assertEquals(FrameworkElementKind.OUTCOME, outcome.getKind());
    Measure narrative = outcome.getMeasures().get(0);
    assertEquals(UnitType.TEXT, narrative.getUnitType());
    assertFalse(narrative.isMonetised());
    FrameworkElement mac = outcome.getChildren().get(0);
    assertEquals(FrameworkElementKind.CRITERION, mac.getKind());
    assertEquals("MAC 2.1", mac.getCode());
    assertEquals("Entrepreneurship", mac.getTitle());
    Measure hired = mac.getMeasures().get(0);
    assertEquals("LM-EMP-01", hired.getCode());
    assertEquals("Local people hired", hired.getTitle());
    assertEquals(UnitType.FTE, hired.getUnitType());
    assertEquals("FTE", hired.getUnitLabel());
    assertTrue(hired.isMonetised());
    assertTrue(mac.getChildren().isEmpty());

    assertEquals(
        List.of("LM-CO2-01"),
        e.getMeasures().stream().map(Measure::getCode).collect(Collectors.toList()));
    assertEquals(UnitType.TCO2E, e.getMeasures().get(0).getUnitType());
  }

  @Test
  void unknownKindsAndUnitTypesAreTolerated() {
    stub.enqueue(Reply.json(200, EDITION_JSON));

    FrameworkEdition e = client.frameworks().getFrameworkEdition("PPN0620", "2020-12");

    FrameworkElement future = e.getElements().get(1);
    assertEquals("WORKSTREAM", future.getKind().toString());
    assertEquals(FrameworkElementKind.fromString("WORKSTREAM"), future.getKind());
    assertTrue(future.getChildren().isEmpty(), "absent children read as empty");
    assertEquals("KWH", future.getMeasures().get(0).getUnitType().toString());
  }

  @Test
  void findMeasureSearchesTheWholeTree() {
    stub.enqueue(Reply.json(200, EDITION_JSON));
    FrameworkEdition e = client.frameworks().getFrameworkEdition("PPN0620", "2020-12");

    assertEquals("Local people hired", e.findMeasure("LM-EMP-01").orElseThrow().getTitle());
    assertEquals("Narrative", e.findMeasure("LM-NAR-01").orElseThrow().getTitle());
    assertEquals("Carbon saved", e.findMeasure("LM-CO2-01").orElseThrow().getTitle());
    assertEquals("Future unit", e.findMeasure("LM-X-01").orElseThrow().getTitle());
    assertTrue(e.findMeasure("LM-NONE").isEmpty());
    assertTrue(e.findMeasure("lm-emp-01").isEmpty(), "codes match exactly");
    assertThrows(NullPointerException.class, () -> e.findMeasure(null));
  }

  @Test
  void pathSegmentsArePercentEncoded() {
    stub.enqueue(Reply.json(200, "{\"edition\":\"2020/12\"}"));

    FrameworkEdition e = client.frameworks().getFrameworkEdition("PPN 06/20", "2020/12");

    assertEquals("/api/v1/frameworks/PPN%2006%2F20/editions/2020%2F12", stub.lastRequest().path());
    assertTrue(e.getElements().isEmpty());
    assertTrue(e.getMeasures().isEmpty());
    assertNull(e.getStatus());
    assertTrue(e.findMeasure("LM-EMP-01").isEmpty());
  }

  @Test
  void unknownEditionRaisesNotFound() {
    stub.enqueue(
        Reply.problem(
            404,
            "/problems/not-found",
            "Not found",
            "Framework edition PPN0620 1999-01 not found"));

    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () -> client.frameworks().getFrameworkEdition("PPN0620", "1999-01"));
    assertEquals(404, e.getStatusCode());
  }

  @Test
  void blankArgumentsAreRejectedBeforeSending() {
    assertThrows(
        IllegalArgumentException.class,
        () -> client.frameworks().getFrameworkEdition(" ", "2020-12"));
    assertThrows(
        IllegalArgumentException.class,
        () -> client.frameworks().getFrameworkEdition("PPN0620", ".."));
    assertThrows(
        NullPointerException.class, () -> client.frameworks().getFrameworkEdition("PPN0620", null));
    assertTrue(stub.requests().isEmpty());
  }

  private static ImportFrameworkEditionOptions.Builder wirral() {
    return ImportFrameworkEditionOptions.builder()
        .frameworkCode("WIRRAL-SV")
        .frameworkName("Wirral social value")
        .edition("2026")
        .source("Cabinet 12/2025");
  }

  @Test
  void importSendsTheTreeAsJsonWithAnIdempotencyKey() {
    stub.enqueue(
        Reply.json(201, EDITION_JSON)
            .header("Location", stub.endpoint() + "/api/v1/frameworks/WIRRAL-SV/editions/2026"));

    Response<FrameworkEdition> response =
        client
            .frameworks()
            .importFrameworkEditionWithResponse(
                wirral()
                    .publisher("Wirral Council")
                    .validFrom(LocalDate.of(2026, 4, 1))
                    .addElement("JOBS-1", FrameworkElementKind.OUTCOME, "More local jobs", "JOBS")
                    .addElement("JOBS", FrameworkElementKind.THEME, "Local jobs")
                    .addMeasure("WRL-EMP-01", "Local hires", UnitType.FTE, "FTE", true, "JOBS-1")
                    .addMeasure("WRL-NAR-01", "Narrative", UnitType.TEXT, "text", false)
                    .build(),
                null);

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/frameworks/editions", req.path());
    assertTrue(req.header("Content-Type").startsWith("application/json"));
    assertTrue(req.header("Idempotency-Key") != null);
    assertEquals(
        "{\"frameworkCode\":\"WIRRAL-SV\",\"frameworkName\":\"Wirral social value\","
            + "\"publisher\":\"Wirral Council\",\"edition\":\"2026\",\"validFrom\":\"2026-04-01\","
            + "\"source\":\"Cabinet 12/2025\",\"elements\":[{\"code\":\"JOBS-1\",\"kind\":"
            + "\"OUTCOME\",\"title\":\"More local jobs\",\"parentCode\":\"JOBS\"},{\"code\":"
            + "\"JOBS\",\"kind\":\"THEME\",\"title\":\"Local jobs\"}],\"measures\":[{\"code\":"
            + "\"WRL-EMP-01\",\"title\":\"Local hires\",\"unitType\":\"FTE\",\"unitLabel\":"
            + "\"FTE\",\"monetised\":true,\"elementCode\":\"JOBS-1\"},{\"code\":\"WRL-NAR-01\","
            + "\"title\":\"Narrative\",\"unitType\":\"TEXT\",\"unitLabel\":\"text\","
            + "\"monetised\":false}]}",
        req.body);
    assertEquals(201, response.getStatusCode());
    assertEquals("PPN0620", response.getValue().getFrameworkCode());
    assertTrue(response.getHeader("Location").endsWith("/frameworks/WIRRAL-SV/editions/2026"));
  }

  @Test
  void importFromCsvIsSentAsTextCsv() {
    stub.enqueue(Reply.json(201, EDITION_JSON));
    String csv =
        "frameworkCode,frameworkName,edition,source,type,code,title,kind,parentCode,"
            + "unitType,unitLabel,monetised\nWIRRAL-SV,Wirral,2026,s,element,JOBS,Jobs,THEME,,,,\n";

    FrameworkEdition edition = client.frameworks().importFrameworkEditionFromCsv(csv);

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("/api/v1/frameworks/editions", req.path());
    assertTrue(req.header("Content-Type").startsWith("text/csv"), req.header("Content-Type"));
    assertTrue(req.header("Idempotency-Key") != null);
    assertEquals(csv, req.body);
    assertEquals("e-1", edition.getId());
  }

  @Test
  void importProblemsMapToTypedExceptionsWithFieldErrors() {
    stub.enqueue(
        Reply.raw(
            400,
            "application/problem+json",
            "{\"type\":"
                + "\"/problems/validation-failed\",\"status\":400,\"errors\":[{\"field\":"
                + "\"elements[1].parentCode\",\"message\":\"the parents form a cycle: A -> B -> A\"}]}"));
    stub.enqueue(
        Reply.problem(
            409, "/problems/conflict", "Conflict", "WIRRAL-SV edition 2026 already exists."));
    stub.enqueue(
        Reply.raw(
            422,
            "application/problem+json",
            "{\"type\":"
                + "\"/problems/business-rule-violated\",\"status\":422,\"errors\":[{\"field\":"
                + "\"line 3.unitType\",\"message\":\"must be one of FTE\"}]}"));
    ImportFrameworkEditionOptions options =
        wirral()
            .addElement("A", FrameworkElementKind.THEME, "A", "B")
            .addElement("B", FrameworkElementKind.THEME, "B", "A")
            .build();

    ValidationException invalid =
        assertThrows(
            ValidationException.class, () -> client.frameworks().importFrameworkEdition(options));
    ConflictException conflict =
        assertThrows(
            ConflictException.class,
            () ->
                client
                    .frameworks()
                    .importFrameworkEdition(
                        options, RequestOptions.builder().idempotencyKey("wirral-2026").build()));
    BusinessRuleException csv =
        assertThrows(
            BusinessRuleException.class,
            () -> client.frameworks().importFrameworkEditionFromCsv("x"));

    assertEquals("elements[1].parentCode", invalid.getErrors().get(0).getField());
    assertEquals(409, conflict.getStatusCode());
    assertEquals("wirral-2026", stub.requests().get(1).header("Idempotency-Key"));
    assertEquals("line 3.unitType", csv.getErrors().get(0).getField());
    assertEquals(3, stub.requests().size(), "4xx answers are not retried");
  }

  @Test
  void ownerOfImportedFrameworksIsRead() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"items\":[{\"code\":\"WIRRAL-SV\",\"ownerOrganisationId\":"
                + "\"o-1\",\"editions\":[{\"edition\":\"2026\",\"status\":\"PUBLISHED\","
                + "\"ownerOrganisationId\":\"o-1\"}]}]}"));

    Framework framework = client.frameworks().listFrameworks().iterator().next();

    assertEquals("o-1", framework.getOwnerOrganisationId());
    assertEquals("o-1", framework.getEditions().get(0).getOwnerOrganisationId());
    assertEquals(EditionStatus.PUBLISHED, framework.getEditions().get(0).getStatus());
  }

  @Test
  void importOptionsRequireTheEditionAndAnElementAndAreImmutable() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ImportFrameworkEditionOptions.builder().frameworkCode("X").build());
    assertTrue(e.getMessage().contains(".frameworkName(...)"), e.getMessage());
    assertTrue(e.getMessage().contains(".edition(...)"), e.getMessage());
    assertTrue(e.getMessage().contains(".source(...)"), e.getMessage());
    assertTrue(e.getMessage().contains(".addElement(...)"), e.getMessage());
    assertFalse(e.getMessage().contains(".frameworkCode("), e.getMessage());
    assertThrows(NullPointerException.class, () -> wirral().addElement("A", null, "A"));
    assertThrows(
        NullPointerException.class,
        () -> wirral().addElement("A", FrameworkElementKind.THEME, "A", null));
    assertThrows(
        NullPointerException.class,
        () -> wirral().addMeasure("M", "M", UnitType.FTE, "FTE", true, null));
    assertThrows(
        NullPointerException.class, () -> client.frameworks().importFrameworkEditionFromCsv(null));

    ImportFrameworkEditionOptions.Builder b =
        wirral().addElement("A", FrameworkElementKind.THEME, "A");
    ImportFrameworkEditionOptions first = b.build();
    b.addElement("B", FrameworkElementKind.THEME, "B");
    assertEquals(1, first.getElements().size());
    assertTrue(first.getMeasures().isEmpty());
    assertNull(first.getElements().get(0).getParentCode());
    assertThrows(UnsupportedOperationException.class, () -> first.getElements().clear());
    assertTrue(stub.requests().isEmpty());
  }
}
