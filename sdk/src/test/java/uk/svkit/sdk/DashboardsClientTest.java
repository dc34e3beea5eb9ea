package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.models.Benchmark;
import uk.svkit.sdk.models.BenchmarkIndicator;
import uk.svkit.sdk.models.Dashboard;
import uk.svkit.sdk.models.DashboardRow;
import uk.svkit.sdk.models.Rating;

class DashboardsClientTest {

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
  void getBuyerDashboardParsesTotalsRowsAndContracts() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"buyerOrganisationId\":\"o-1\",\"currency\":\"GBP\","
                + "\"totals\":{\"committedValue\":900000.00,\"claimedValue\":310000.00,"
                + "\"validatedValue\":250000.00},\"byTheme\":[{\"key\":\"JOBS\",\"label\":"
                + "\"Jobs\",\"committedQuantity\":96,\"claimedValue\":150000.00,"
                + "\"validatedValue\":120000.00,\"committedValue\":480000.00}],\"byPlace\":["
                + "{\"key\":\"E08000015\",\"label\":\"Wirral\",\"claimedValue\":310000.00,"
                + "\"validatedValue\":250000.00,\"committedValue\":900000.00}],"
                + "\"topContracts\":[{\"contractId\":\"c-1\",\"title\":\"Highways\","
                + "\"validatedValue\":250000.00}],\"atRiskContracts\":[{\"contractId\":\"c-3\","
                + "\"title\":\"Catering\",\"rating\":\"INADEQUATE\"}],\"newSection\":[]}"));

    Dashboard d = client.dashboards().getBuyerDashboard();

    assertEquals("GET", stub.lastRequest().method);
    assertEquals("/api/v1/dashboards/buyer", stub.lastRequest().path());
    assertEquals("o-1", d.getBuyerOrganisationId());
    assertEquals(new BigDecimal("250000.00"), d.getTotals().getValidatedValue());
    DashboardRow jobs = d.getByTheme().get(0);
    assertEquals("JOBS", jobs.getKey());
    assertEquals(new BigDecimal("96"), jobs.getCommittedQuantity());
    assertNull(d.getByPlace().get(0).getCommittedQuantity());
    assertEquals(0, d.getByPeriod().size());
    assertEquals(new BigDecimal("250000.00"), d.getTopContracts().get(0).getValidatedValue());
    assertNull(d.getTopContracts().get(0).getRating());
    assertEquals(Rating.INADEQUATE, d.getAtRiskContracts().get(0).getRating());
  }

  @Test
  void getBenchmarkParsesIndicatorsAndIsAConflictUntilOptedIn() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"organisationId\":\"o-1\",\"indicators\":[{\"code\":"
                + "\"SV_PER_POUND\",\"title\":\"Social value per £\",\"own\":0.0315,"
                + "\"median\":0.0280,\"p25\":0.0150,\"p75\":0.0420,\"peers\":17}]}"),
        Reply.problem(409, "/problems/conflict", "Conflict", "Not opted in"));

    Benchmark b = client.dashboards().getBenchmark();

    assertEquals("/api/v1/dashboards/benchmark", stub.lastRequest().path());
    BenchmarkIndicator i = b.getIndicators().get(0);
    assertEquals("SV_PER_POUND", i.getCode());
    assertEquals(new BigDecimal("0.0315"), i.getOwn());
    assertEquals(new BigDecimal("0.0280"), i.getMedian());
    assertEquals(new BigDecimal("0.0150"), i.getP25());
    assertEquals(new BigDecimal("0.0420"), i.getP75());
    assertEquals(17, i.getPeers());
    assertThrows(ConflictException.class, () -> client.dashboards().getBenchmark());
  }

  @Test
  void setBenchmarkOptInPutsTheChoice() {
    stub.enqueue(Reply.empty(204), Reply.empty(204));

    client.dashboards().setBenchmarkOptIn(true);
    StubServer.Recorded req = stub.lastRequest();
    assertEquals("PUT", req.method);
    assertEquals("/api/v1/dashboards/benchmark/opt-in", req.path());
    assertEquals("{\"optIn\":true}", req.body);

    Response<Void> r = client.dashboards().setBenchmarkOptInWithResponse(false, null);
    assertEquals(204, r.getStatusCode());
    assertNull(r.getValue());
    assertEquals("{\"optIn\":false}", stub.lastRequest().body);
  }
}
