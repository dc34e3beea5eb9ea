package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.models.BulkResult;
import uk.svkit.sdk.models.BulkReturnItem;
import uk.svkit.sdk.models.CommitmentPeriod;
import uk.svkit.sdk.models.CommitmentProgress;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractCommitment;
import uk.svkit.sdk.models.ContractCommitmentInput;
import uk.svkit.sdk.models.ContractProgress;
import uk.svkit.sdk.models.ContractReturn;
import uk.svkit.sdk.models.CorrectReturnOptions;
import uk.svkit.sdk.models.CreateContractFromBidOptions;
import uk.svkit.sdk.models.CreateContractOptions;
import uk.svkit.sdk.models.EvidenceKind;
import uk.svkit.sdk.models.EvidenceRef;
import uk.svkit.sdk.models.ListReturnsOptions;
import uk.svkit.sdk.models.PerformanceSummary;
import uk.svkit.sdk.models.Rating;
import uk.svkit.sdk.models.ReportingFrequency;
import uk.svkit.sdk.models.ReturnStatus;
import uk.svkit.sdk.models.SubmitReturnOptions;
import uk.svkit.sdk.models.ValueBasis;
import uk.svkit.sdk.models.ValueTrace;

class ContractsClientTest {

  private static final String SHA =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  static String contractJson(String id) {
    return "{\"id\":\""
        + id
        + "\",\"buyerOrganisationId\":\"o-1\",\"supplierOrganisationId\":"
        + "\"o-9\",\"buyerContractId\":\"WRL-C-17\",\"title\":\"Highways\",\"value\":"
        + "6200000.00,\"currency\":\"GBP\",\"startDate\":\"2025-04-01\",\"endDate\":"
        + "\"2029-03-31\",\"placesServed\":[\"E08000015\"],\"frameworkCode\":\"TOMs\","
        + "\"edition\":\"2024\",\"proxySetId\":\"ps-1\",\"commitments\":[{\"id\":\"k-1\","
        + "\"measureCode\":\"LM-EMP-01\",\"measureTitle\":\"Local people employed\","
        + "\"unitLabel\":\"FTE\",\"targetQuantity\":6,\"period\":\"PER_QUARTER\","
        + "\"reportingFrequency\":\"QUARTERLY\",\"deadweight\":10,\"proxySetId\":"
        + "\"ps-1\",\"futureField\":true}],\"kpiRequired\":true,\"createdAt\":"
        + "\"2025-03-01T10:00:00Z\",\"version\":1,\"unknownTopLevel\":{\"a\":1}}";
  }

  static String returnJson(String id, String status, int version) {
    return "{\"id\":\""
        + id
        + "\",\"contractId\":\"c-1\",\"commitmentId\":\"k-1\","
        + "\"periodStart\":\"2025-04-01\",\"periodEnd\":\"2025-06-30\",\"quantity\":5.5,"
        + "\"narrative\":\"Five apprentices\",\"evidence\":[{\"kind\":\"DOCUMENT\","
        + "\"reference\":\"dms-1\",\"sha256\":\""
        + SHA
        + "\"}],\"status\":\""
        + status
        + "\",\"submittedBy\":\"sup-1\",\"submittedAt\":\"2025-07-02T09:00:00Z\","
        + "\"version\":"
        + version
        + "}";
  }

  private static SubmitReturnOptions q1(String quantity) {
    return SubmitReturnOptions.builder(
            LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-30"), new BigDecimal(quantity))
        .build();
  }

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
  void createContractSendsTheContractShapeWithAnIdempotencyKey() {
    stub.enqueue(Reply.json(201, contractJson("c-1")).header("ETag", "\"1\""));

    Contract contract =
        client
            .contracts()
            .createContract(
                CreateContractOptions.builder()
                    .buyerContractId("WRL-C-17")
                    .title("Highways")
                    .supplierOrganisationId("o-9")
                    .value(new BigDecimal("6200000.00"))
                    .startDate(LocalDate.parse("2025-04-01"))
                    .endDate(LocalDate.parse("2029-03-31"))
                    .placesServed(List.of("E08000015"))
                    .frameworkCode("TOMs")
                    .edition("2024")
                    .proxySetId("ps-1")
                    .addCommitment(
                        ContractCommitmentInput.builder("LM-EMP-01", new BigDecimal("6"))
                            .period(CommitmentPeriod.PER_QUARTER)
                            .reportingFrequency(ReportingFrequency.QUARTERLY)
                            .placeCode("E08000015")
                            .deadweight(new BigDecimal("10"))
                            .title("Local jobs")
                            .build())
                    .addCommitment(
                        ContractCommitmentInput.builder("LM-APP-02", BigDecimal.ONE).build())
                    .build());

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/contracts", req.path());
    assertNotNull(req.header("Idempotency-Key"));
    assertEquals(
        "{\"buyerContractId\":\"WRL-C-17\",\"title\":\"Highways\","
            + "\"supplierOrganisationId\":\"o-9\",\"value\":6200000.00,"
            + "\"startDate\":\"2025-04-01\",\"endDate\":\"2029-03-31\","
            + "\"placesServed\":[\"E08000015\"],\"frameworkCode\":\"TOMs\","
            + "\"edition\":\"2024\",\"proxySetId\":\"ps-1\",\"commitments\":["
            + "{\"measureCode\":\"LM-EMP-01\",\"targetQuantity\":6,\"period\":"
            + "\"PER_QUARTER\",\"reportingFrequency\":\"QUARTERLY\",\"placeCode\":"
            + "\"E08000015\",\"deadweight\":10,\"title\":\"Local jobs\"},"
            + "{\"measureCode\":\"LM-APP-02\",\"targetQuantity\":1}]}",
        req.body);

    assertEquals("\"1\"", contract.getETag());
    assertEquals(LocalDate.parse("2029-03-31"), contract.getEndDate());
    assertEquals(new BigDecimal("6200000.00"), contract.getValue());
    assertEquals(List.of("E08000015"), contract.getPlacesServed());
    assertTrue(contract.isKpiRequired());
    assertNull(contract.getSourceBidId());
    ContractCommitment kpi = contract.getCommitments().get(0);
    assertEquals(CommitmentPeriod.PER_QUARTER, kpi.getPeriod());
    assertEquals(ReportingFrequency.QUARTERLY, kpi.getReportingFrequency());
    assertEquals(new BigDecimal("10"), kpi.getDeadweight());
    assertNull(kpi.getAttribution());
    assertEquals("FTE", kpi.getUnitLabel());
  }

  @Test
  void bigContractWithTooFewKpisIsABusinessRuleWithFieldErrors() {
    stub.enqueue(
        Reply.raw(
            422,
            "application/problem+json",
            "{\"type\":"
                + "\"/problems/kpis-required\",\"title\":\"KPIs required\",\"status\":422,"
                + "\"detail\":\"A contract over £5,000,000 needs at least 3 KPIs (Procurement Act"
                + " 2023 s.52).\",\"errors\":[{\"field\":\"commitments\",\"message\":"
                + "\"at least 3 KPIs are required, 1 given\"},{\"field\":"
                + "\"commitments[0].measureCode\",\"message\":\"unknown measure XX-1\"}]}"));

    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class,
            () ->
                client
                    .contracts()
                    .createContract(
                        CreateContractOptions.builder()
                            .buyerContractId("WRL-C-18")
                            .title("Big")
                            .supplierOrganisationId("o-9")
                            .value(new BigDecimal("5000000.01"))
                            .startDate(LocalDate.parse("2025-04-01"))
                            .endDate(LocalDate.parse("2027-03-31"))
                            .addCommitment(
                                ContractCommitmentInput.builder("XX-1", BigDecimal.TEN).build())
                            .build()));

    assertEquals(422, e.getStatusCode());
    assertEquals("/problems/kpis-required", e.getType());
    assertTrue(e.getDetail().contains("s.52"), e.getDetail());
    assertEquals(
        List.of(
            new FieldError("commitments", "at least 3 KPIs are required, 1 given"),
            new FieldError("commitments[0].measureCode", "unknown measure XX-1")),
        e.getErrors());
    assertEquals(1, stub.requests().size(), "422 is not retried");
  }

  @Test
  void createContractFromBidSendsOnlyTheFieldsSet() {
    stub.enqueue(Reply.json(201, contractJson("c-2")));

    client
        .contracts()
        .createContractFromBid(
            CreateContractFromBidOptions.builder()
                .bidId("b-2")
                .buyerContractId("WRL-C-19")
                .startDate(LocalDate.parse("2025-04-01"))
                .endDate(LocalDate.parse("2029-03-31"))
                .reportingFrequency(ReportingFrequency.MONTHLY)
                .build());

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("/api/v1/contracts/from-bid", req.path());
    assertNotNull(req.header("Idempotency-Key"));
    assertEquals(
        "{\"bidId\":\"b-2\",\"buyerContractId\":\"WRL-C-19\",\"startDate\":"
            + "\"2025-04-01\",\"endDate\":\"2029-03-31\",\"reportingFrequency\":"
            + "\"MONTHLY\"}",
        req.body);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> CreateContractFromBidOptions.builder().bidId("b-2").build());
    assertTrue(e.getMessage().contains(".buyerContractId(...)"), e.getMessage());
  }

  @Test
  void submitReturnsSendsTheBulkBodyAndKeepsTheIdempotencyKeyAcrossA503() {
    stub.enqueue(
        Reply.problem(503, "/problems/unavailable", "Unavailable", "busy"),
        Reply.json(201, "{\"accepted\":2,\"returnIds\":[\"r-1\",\"r-2\"]}"));

    BulkResult result =
        client
            .contracts()
            .submitReturns(
                List.of(
                    BulkReturnItem.of(
                        "c-1",
                        "k-1",
                        SubmitReturnOptions.builder(
                                LocalDate.parse("2025-04-01"),
                                LocalDate.parse("2025-06-30"),
                                new BigDecimal("5.5"))
                            .narrative("Five apprentices")
                            .addEvidence(
                                EvidenceRef.builder(EvidenceKind.DOCUMENT, "dms-1")
                                    .sha256(SHA)
                                    .description("Agreements")
                                    .build())
                            .build()),
                    BulkReturnItem.of("c-2", "k-7", q1("0"))));

    List<StubServer.Recorded> reqs = stub.requests();
    assertEquals(2, reqs.size());
    assertEquals("POST", reqs.get(1).method);
    assertEquals("/api/v1/returns/bulk", reqs.get(1).path());
    assertNotNull(reqs.get(0).header("Idempotency-Key"));
    assertEquals(reqs.get(0).header("Idempotency-Key"), reqs.get(1).header("Idempotency-Key"));
    assertEquals(reqs.get(0).body, reqs.get(1).body);
    assertEquals(
        "{\"returns\":[{\"contractId\":\"c-1\",\"commitmentId\":\"k-1\","
            + "\"periodStart\":\"2025-04-01\",\"periodEnd\":\"2025-06-30\",\"quantity\":5.5,"
            + "\"narrative\":\"Five apprentices\",\"evidence\":[{\"kind\":\"DOCUMENT\","
            + "\"reference\":\"dms-1\",\"sha256\":\""
            + SHA
            + "\",\"description\":"
            + "\"Agreements\"}]},{\"contractId\":\"c-2\",\"commitmentId\":\"k-7\","
            + "\"periodStart\":\"2025-04-01\",\"periodEnd\":\"2025-06-30\",\"quantity\":0,"
            + "\"evidence\":[]}]}",
        reqs.get(1).body);
    assertEquals(2, result.getAccepted());
    assertEquals(List.of("r-1", "r-2"), result.getReturnIds());
  }

  @Test
  void submitReturnsSendsTheCallersOwnKey() {
    stub.enqueue(Reply.json(201, "{\"accepted\":1,\"returnIds\":[\"r-1\"]}"));

    client
        .contracts()
        .submitReturns(
            List.of(BulkReturnItem.of("c-1", "k-1", q1("1"))),
            RequestOptions.builder().idempotencyKey("erp-batch-2025-q1").build());

    assertEquals("erp-batch-2025-q1", stub.lastRequest().header("Idempotency-Key"));
  }

  @Test
  void submitReturnPostsUnderTheCommitment() {
    stub.enqueue(Reply.json(201, returnJson("r-1", "SUBMITTED", 1)).header("ETag", "\"1\""));

    ContractReturn r = client.contracts().submitReturn("c-1", "k-1", q1("5.5"));

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("/api/v1/contracts/c-1/commitments/k-1/returns", req.path());
    assertNotNull(req.header("Idempotency-Key"));
    assertEquals(
        "{\"periodStart\":\"2025-04-01\",\"periodEnd\":\"2025-06-30\","
            + "\"quantity\":5.5,\"evidence\":[]}",
        req.body);
    assertEquals(ReturnStatus.SUBMITTED, r.getStatus());
    assertEquals(EvidenceKind.DOCUMENT, r.getEvidence().get(0).getKind());
    assertEquals(LocalDate.parse("2025-06-30"), r.getPeriodEnd());
    assertEquals(OffsetDateTime.parse("2025-07-02T09:00:00Z"), r.getSubmittedAt());
    assertEquals("\"1\"", r.getETag());
  }

  @Test
  void validateReturnSendsIfMatchFromTheReturnRead() {
    stub.enqueue(
        Reply.json(200, returnJson("r-1", "SUBMITTED", 2)).header("ETag", "\"2\""),
        Reply.json(200, returnJson("r-1", "VALIDATED", 3)).header("ETag", "\"3\""));
    ContractReturn current = client.contracts().getReturn("c-1", "r-1");

    ContractReturn validated = client.contracts().validateReturn(current);

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/contracts/c-1/returns/r-1/validate", req.path());
    assertEquals("\"2\"", req.header("If-Match"));
    assertNull(req.header("Idempotency-Key"));
    assertEquals(ReturnStatus.VALIDATED, validated.getStatus());
    assertEquals("\"3\"", validated.getETag());
  }

  @Test
  void rejectReturnSendsTheReasonWithIfMatch() {
    stub.enqueue(
        Reply.json(200, returnJson("r-1", "REJECTED", 3)),
        Reply.problem(409, "/problems/conflict", "Conflict", "The return is REJECTED"));

    ContractReturn rejected =
        client.contracts().rejectReturn("c-1", "r-1", "Evidence does not cover June", "\"2\"");

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/contracts/c-1/returns/r-1/reject", req.path());
    assertEquals("\"2\"", req.header("If-Match"));
    assertEquals("{\"reason\":\"Evidence does not cover June\"}", req.body);
    assertEquals(ReturnStatus.REJECTED, rejected.getStatus());
    assertThrows(
        ConflictException.class,
        () -> client.contracts().rejectReturn("c-1", "r-1", "again", "\"3\""));
    assertThrows(
        IllegalArgumentException.class,
        () -> client.contracts().rejectReturn(rejected, "no ETag on this one"));
  }

  @Test
  void correctReturnReturnsTheNewReturn() {
    stub.enqueue(
        Reply.json(200, returnJson("r-1", "REJECTED", 3)).header("ETag", "\"3\""),
        Reply.json(
                201,
                returnJson("r-2", "SUBMITTED", 1)
                    .replace("\"version\"", "\"supersedesReturnId\":\"r-1\",\"version\""))
            .header("ETag", "\"1\"")
            .header("Location", "/api/v1/contracts/c-1/returns/r-2"));
    ContractReturn current = client.contracts().getReturn("c-1", "r-1");

    ContractReturn corrected =
        client
            .contracts()
            .correctReturn(
                current,
                CorrectReturnOptions.builder(current).quantity(new BigDecimal("4.5")).build());

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/contracts/c-1/returns/r-1/corrections", req.path());
    assertEquals("\"3\"", req.header("If-Match"));
    assertNotNull(req.header("Idempotency-Key"), "a correction creates a return");
    assertEquals(
        "{\"quantity\":4.5,\"narrative\":\"Five apprentices\",\"evidence\":["
            + "{\"kind\":\"DOCUMENT\",\"reference\":\"dms-1\",\"sha256\":\""
            + SHA
            + "\"}]}",
        req.body);
    assertEquals("r-2", corrected.getId());
    assertEquals("r-1", corrected.getSupersedesReturnId());
    assertEquals(ReturnStatus.SUBMITTED, corrected.getStatus());
    assertEquals("\"1\"", corrected.getETag());
  }

  @Test
  void listReturnsFollowsTheCursorWithTheStatusFilter() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"items\":["
                + returnJson("r-1", "SUBMITTED", 1)
                + ","
                + returnJson("r-2", "SUBMITTED", 1)
                + "],\"next\":\""
                + stub.endpoint()
                + "/api/v1/contracts/c-1/returns?commitmentId=k-1&status=SUBMITTED"
                + "&limit=2&cursor=r2\"}"),
        Reply.json(200, "{\"items\":[" + returnJson("r-3", "SUBMITTED", 1) + "],\"next\":null}"));

    List<String> ids =
        client
            .contracts()
            .listReturns(
                "c-1",
                ListReturnsOptions.builder()
                    .commitmentId("k-1")
                    .status(ReturnStatus.SUBMITTED)
                    .limit(2)
                    .build())
            .stream()
            .map(ContractReturn::getId)
            .collect(Collectors.toList());

    assertEquals(List.of("r-1", "r-2", "r-3"), ids);
    List<StubServer.Recorded> reqs = stub.requests();
    assertEquals("/api/v1/contracts/c-1/returns", reqs.get(0).path());
    assertEquals("commitmentId=k-1&status=SUBMITTED&limit=2", reqs.get(0).query());
    assertEquals("commitmentId=k-1&status=SUBMITTED&limit=2&cursor=r2", reqs.get(1).query());
  }

  @Test
  void getContractProgressParsesRatingsAndOverduePeriodsAsOfADate() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"contractId\":\"c-1\",\"asOf\":\"2026-03-31\","
                + "\"elapsedShare\":0.2500,\"rating\":\"REQUIRES_IMPROVEMENT\",\"claimedValue\":"
                + "150000.00,\"validatedValue\":120000.00,\"currency\":\"GBP\","
                + "\"overdueReturns\":2,\"commitments\":[{\"commitmentId\":\"k-1\","
                + "\"measureCode\":\"LM-EMP-01\",\"unitLabel\":\"FTE\",\"target\":96,"
                + "\"expectedToDate\":24,\"claimed\":22,\"validated\":21,\"deliveredShare\":"
                + "0.8750,\"rating\":\"REQUIRES_IMPROVEMENT\",\"claimedValue\":150000.00,"
                + "\"validatedValue\":120000.00,\"overduePeriods\":[{\"periodStart\":"
                + "\"2026-01-01\",\"periodEnd\":\"2026-03-31\",\"dueBy\":\"2026-04-30\"}]},"
                + "{\"commitmentId\":\"k-2\",\"measureCode\":\"RE-01\",\"target\":0,"
                + "\"expectedToDate\":0,\"claimed\":0,\"validated\":0,\"rating\":"
                + "\"NOT_YET_DUE\"}]}"));

    ContractProgress p =
        client.contracts().getContractProgress("c-1", LocalDate.parse("2026-03-31"));

    assertEquals("/api/v1/contracts/c-1/progress", stub.lastRequest().path());
    assertEquals("asOf=2026-03-31", stub.lastRequest().query());
    assertEquals(LocalDate.parse("2026-03-31"), p.getAsOf());
    assertEquals(new BigDecimal("0.2500"), p.getElapsedShare());
    assertEquals(Rating.REQUIRES_IMPROVEMENT, p.getRating());
    assertEquals(2, p.getOverdueReturns());
    assertEquals(new BigDecimal("120000.00"), p.getValidatedValue());
    CommitmentProgress first = p.getCommitments().get(0);
    assertEquals(new BigDecimal("0.8750"), first.getDeliveredShare());
    assertEquals(new BigDecimal("24"), first.getExpectedToDate());
    assertEquals(1, first.getOverduePeriods().size());
    assertEquals(LocalDate.parse("2026-04-30"), first.getOverduePeriods().get(0).getDueBy());
    CommitmentProgress second = p.getCommitments().get(1);
    assertEquals(Rating.fromString("NOT_YET_DUE"), second.getRating());
    assertEquals("NOT_YET_DUE", second.getRating().toString());
    assertNull(second.getDeliveredShare());
    assertNull(second.getValidatedValue());
    assertTrue(second.getOverduePeriods().isEmpty());

    stub.enqueue(Reply.json(200, "{\"contractId\":\"c-1\",\"rating\":\"GOOD\"}"));
    assertEquals(Rating.GOOD, client.contracts().getContractProgress("c-1").getRating());
    assertNull(stub.lastRequest().query(), "without a date the service uses today");
  }

  @Test
  void getContractValueSendsTheBasis() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"total\":130000.00,\"currency\":\"GBP\",\"terms\":["
                + "{\"commitmentId\":\"k-1\",\"proxySetId\":\"ps-1\",\"measureCode\":"
                + "\"LM-EMP-01\",\"quantity\":6.5,\"valuePerUnit\":20000.00,\"adjustmentFactor\":"
                + "1,\"value\":130000.00},{\"commitmentId\":\"k-2\",\"measureCode\":\"RE-01\","
                + "\"quantity\":3,\"note\":\"record only\"}]}"));

    ValueTrace trace = client.contracts().getContractValue("c-1", ValueBasis.CLAIMED);

    assertEquals("/api/v1/contracts/c-1/value", stub.lastRequest().path());
    assertEquals("basis=claimed", stub.lastRequest().query());
    assertEquals(new BigDecimal("130000.00"), trace.getTotal());
    assertEquals("k-1", trace.getTerms().get(0).getCommitmentId());
    assertEquals("ps-1", trace.getTerms().get(0).getProxySetId());
    assertEquals(new BigDecimal("20000.00"), trace.getTerms().get(0).getValuePerUnit());
    assertNull(trace.getTerms().get(1).getValue());
    assertEquals("record only", trace.getTerms().get(1).getNote());
  }

  @Test
  void exportReturnsCsvAsksForCsv() {
    String csv =
        "returnId,commitmentId,periodStart,quantity,status\r\n"
            + "r-1,k-1,2025-04-01,5.5,VALIDATED\r\n";
    stub.enqueue(Reply.raw(200, "text/csv", csv));

    String exported = client.contracts().exportReturnsCsv("c-1");

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("GET", req.method);
    assertEquals("/api/v1/contracts/c-1/returns.csv", req.path());
    assertTrue(req.header("Accept").startsWith("text/csv"), req.header("Accept"));
    assertTrue(req.header("Accept").contains("application/problem+json"));
    assertEquals(csv, exported);
  }

  @Test
  void exportContractOcdsReturnsTheDocumentAsSent() {
    String ocds =
        "{\"ocid\":\"ocds-b5fd17-1\",\"id\":\"1\",\"tag\":[\"contract\"],"
            + "\"contracts\":[{\"id\":\"c-1\"}]}";
    stub.enqueue(Reply.json(200, ocds));

    assertEquals(ocds, client.contracts().exportContractOcds("c-1"));
    assertEquals("/api/v1/contracts/c-1/ocds", stub.lastRequest().path());
    assertTrue(stub.lastRequest().header("Accept").startsWith("application/json"));
  }

  @Test
  void performanceSummaryReadsPartiesAsNamesOrReferences() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"contractId\":\"c-1\",\"title\":\"Highways\","
                + "\"buyer\":\"Wirral Council\",\"supplier\":{\"id\":\"o-9\",\"name\":"
                + "\"Acme Roads Ltd\"},\"periodStart\":\"2025-04-01\",\"periodEnd\":"
                + "\"2026-03-31\",\"kpis\":[{\"commitmentId\":\"k-1\",\"title\":"
                + "\"Local jobs\",\"target\":24,\"delivered\":21,\"rating\":"
                + "\"APPROACHING_TARGET\"}],\"overallRating\":\"APPROACHING_TARGET\"}"),
        Reply.json(200, "{\"contractId\":\"c-1\",\"buyer\":{\"id\":\"o-1\"}}"));

    PerformanceSummary s =
        client.contracts().getPerformanceSummary("c-1", LocalDate.parse("2026-03-31"));

    assertEquals("/api/v1/contracts/c-1/performance-summary", stub.lastRequest().path());
    assertEquals("periodEnd=2026-03-31", stub.lastRequest().query());
    assertEquals("Wirral Council", s.getBuyer());
    assertEquals("Acme Roads Ltd", s.getSupplier());
    assertEquals(Rating.APPROACHING_TARGET, s.getOverallRating());
    assertEquals(new BigDecimal("21"), s.getKpis().get(0).getDelivered());
    assertEquals(Rating.APPROACHING_TARGET, s.getKpis().get(0).getRating());

    PerformanceSummary bare = client.contracts().getPerformanceSummary("c-1");
    assertNull(stub.lastRequest().query());
    assertEquals("o-1", bare.getBuyer());
    assertNull(bare.getSupplier());
    assertTrue(bare.getKpis().isEmpty());
  }

  @Test
  void pathArgumentsAreCheckedBeforeSending() {
    assertThrows(IllegalArgumentException.class, () -> client.contracts().getContract(" "));
    assertThrows(
        NullPointerException.class, () -> client.contracts().getContractValue("c-1", null));
    assertThrows(
        NullPointerException.class, () -> client.contracts().validateReturn("c-1", "r-1", null));
    assertThrows(
        NullPointerException.class,
        () ->
            client
                .contracts()
                .submitReturns(
                    java.util.Arrays.asList(BulkReturnItem.of("c-1", "k-1", q1("1")), null)));
    assertTrue(stub.requests().isEmpty());
  }
}
