package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.models.AnchorBenchmark;
import uk.svkit.sdk.models.AnchorIndicatorReturn;
import uk.svkit.sdk.models.AnchorIndicatorTarget;
import uk.svkit.sdk.models.DeclareAnchorIndicatorOptions;
import uk.svkit.sdk.models.IndicatorDirection;
import uk.svkit.sdk.models.MaturityStage;
import uk.svkit.sdk.models.ReportingFrequency;
import uk.svkit.sdk.models.ReturnStatus;
import uk.svkit.sdk.models.SelfAssessment;

class AnchorsClientTest {

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
  void declaringSendsTheBaselineAndTargetsAsTheServiceReadsThem() {
    stub.enqueue(
        Reply.json(
            201, "{\"id\":\"d-1\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\"}"));

    var d =
        client
            .anchors()
            .declareIndicator(
                "p-1",
                "o-1",
                DeclareAnchorIndicatorOptions.builder(
                        "ANC-P1-LOCAL-SPEND",
                        ReportingFrequency.QUARTERLY,
                        LocalDate.of(2025, 4, 1),
                        new BigDecimal("21.5"),
                        LocalDate.of(2025, 3, 31))
                    .addTarget(AnchorIndicatorTarget.of(LocalDate.of(2027, 3, 31), BigDecimal.TEN))
                    .build());

    assertEquals("POST", stub.lastRequest().method);
    assertEquals(
        "/api/v1/programmes/p-1/anchors/o-1/indicator-declarations", stub.lastRequest().path());
    String body = stub.lastRequest().body;
    assertTrue(body.contains("\"frequency\":\"QUARTERLY\""), body);
    assertTrue(body.contains("\"baselineOn\":\"2025-03-31\""), body);
    assertTrue(body.contains("\"targets\":[{\"dueOn\":\"2027-03-31\",\"value\":10}]"), body);
    assertTrue(stub.lastRequest().header("Idempotency-Key") != null);
    assertEquals(IndicatorDirection.HIGHER_IS_BETTER, d.getDirection());
  }

  @Test
  void reviewingAReturnSendsItsETagAndNeedsOne() {
    stub.enqueue(
        Reply.json(200, "{\"id\":\"r-1\",\"status\":\"SUBMITTED\"}").header("ETag", "\"1\""),
        Reply.json(200, "{\"id\":\"r-1\",\"status\":\"VALIDATED\"}").header("ETag", "\"2\""));
    AnchorIndicatorReturn r = client.anchors().getReturn("r-1");

    AnchorIndicatorReturn v = client.anchors().validateReturn(r);

    assertEquals("/api/v1/indicator-returns/r-1/validate", stub.lastRequest().path());
    assertEquals("\"1\"", stub.lastRequest().header("If-Match"));
    assertEquals(ReturnStatus.VALIDATED, v.getStatus());
    assertEquals("\"2\"", v.getETag());
    stub.enqueue(Reply.json(200, "{\"items\":[{\"id\":\"r-1\",\"status\":\"SUBMITTED\"}]}"));
    AnchorIndicatorReturn fromList =
        client.anchors().listReturns("d-1").stream().findFirst().orElseThrow();
    assertThrows(IllegalArgumentException.class, () -> client.anchors().validateReturn(fromList));
  }

  @Test
  void benchmarksAndAssessmentsReadWithheldFiguresAsNull() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"programmeId\":\"p-1\",\"organisationId\":\"o-1\",\"minPeers\":5,\"indicators\":"
                + "[{\"indicatorCode\":\"ANC-P1-LOCAL-SPEND\",\"own\":26,\"peers\":{\"peers\":4}}]}"),
        Reply.json(
            200,
            "{\"id\":\"a-1\",\"stageScores\":{\"PLAN\":2.00,\"REVIEW\":1.50},\"overallScore\":1.75,"
                + "\"latest\":true}"));

    AnchorBenchmark b = client.anchors().getBenchmark("p-1", "o-1");
    SelfAssessment a = client.anchors().getSelfAssessment("a-1");

    assertEquals(4, b.getIndicators().get(0).getPeers().getPeers());
    assertNull(b.getIndicators().get(0).getPeers().getMedian());
    assertEquals(new BigDecimal("2.00"), a.getStageScore(MaturityStage.PLAN));
    assertNull(a.getStageScore(MaturityStage.MANAGE));
    assertTrue(a.isLatest());
  }
}
