package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.models.ContractModification;
import uk.svkit.sdk.models.CreateAssessmentOptions;
import uk.svkit.sdk.models.PerformanceAssessment;
import uk.svkit.sdk.models.Rating;
import uk.svkit.sdk.models.ReviewAssessmentOptions;
import uk.svkit.sdk.models.VaryContractOptions;

class ContractLifeClientTest {
  private static final String ASSESSMENT =
      "{\"id\":\"a-1\",\"contractId\":\"c-1\",\"periodStart\":\"2025-01-01\","
          + "\"periodEnd\":\"2025-12-31\",\"kind\":\"PERIODIC\",\"status\":\"DRAFT\","
          + "\"kpis\":[{\"commitmentId\":\"k-1\",\"expected\":120,\"delivered\":108,"
          + "\"deliveredShare\":0.9,\"proposedRating\":\"APPROACHING_TARGET\","
          + "\"rating\":\"APPROACHING_TARGET\",\"futureField\":1}],\"failures\":[],\"version\":1}";

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
  void varyContractSendsOnlyWhatChangesWithTheContractsETag() {
    stub.enqueue(
        Reply.json(
                201,
                "{\"id\":\"m-1\",\"contractId\":\"c-1\",\"sequenceNumber\":1,\"kind\":\"VARIATION\","
                    + "\"changes\":[{\"type\":\"KPI_RETARGETED\",\"commitmentId\":\"k-3\","
                    + "\"from\":\"24000 WHOLE_CONTRACT\",\"to\":\"48000 WHOLE_CONTRACT\"}]}")
            .header("ETag", "\"5\""));

    ContractModification m =
        client
            .contractLife()
            .varyContract(
                "c-1",
                VaryContractOptions.builder("Target doubled", LocalDate.parse("2025-07-01"))
                    .retargetCommitment("k-3", new BigDecimal("48000"), null)
                    .build(),
                "\"4\"");

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/contracts/c-1/modifications", req.path());
    assertEquals("\"4\"", req.header("If-Match"));
    assertEquals(
        "{\"reason\":\"Target doubled\",\"effectiveOn\":\"2025-07-01\",\"retargetCommitments\":"
            + "[{\"commitmentId\":\"k-3\",\"targetQuantity\":48000}]}",
        req.body);
    assertEquals("\"5\"", m.getETag());
    assertEquals("24000 WHOLE_CONTRACT", m.getChanges().get(0).getFrom());
  }

  @Test
  void reviewAndPublishUseTheAssessmentsETag() {
    stub.enqueue(Reply.json(201, ASSESSMENT).header("ETag", "\"1\""));
    PerformanceAssessment draft =
        client
            .contractLife()
            .createAssessment(
                "c-1",
                CreateAssessmentOptions.period(
                    LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")));
    assertEquals(
        "{\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\"}", stub.lastRequest().body);
    assertEquals(Rating.APPROACHING_TARGET, draft.getKpis().get(0).getProposedRating());
    assertNull(draft.getKpis().get(0).getOverrideReason());

    stub.enqueue(Reply.json(200, ASSESSMENT).header("ETag", "\"2\""));
    client
        .contractLife()
        .reviewAssessment(
            draft,
            ReviewAssessmentOptions.builder()
                .narrative("A good year")
                .rate("k-1", Rating.GOOD, "Intake cut")
                .build());
    StubServer.Recorded req = stub.lastRequest();
    assertEquals("PUT", req.method);
    assertEquals("/api/v1/contracts/c-1/assessments/a-1", req.path());
    assertEquals("\"1\"", req.header("If-Match"));
    assertEquals(
        "{\"narrative\":\"A good year\",\"ratings\":[{\"commitmentId\":\"k-1\","
            + "\"rating\":\"GOOD\",\"reason\":\"Intake cut\"}]}",
        req.body);

    stub.enqueue(
        Reply.problem(
            409, "conflict", "Conflict", "Assessment a-1 is published and cannot change"));
    assertThrows(ConflictException.class, () -> client.contractLife().publishAssessment(draft));
    assertEquals("/api/v1/contracts/c-1/assessments/a-1/publish", stub.lastRequest().path());
  }
}
