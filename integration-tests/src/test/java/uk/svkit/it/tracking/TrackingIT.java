package uk.svkit.it.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.RequestOptions;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
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
import uk.svkit.sdk.models.CreateContractOptions;
import uk.svkit.sdk.models.CreateProxySetOptions;
import uk.svkit.sdk.models.EvidenceKind;
import uk.svkit.sdk.models.EvidenceRef;
import uk.svkit.sdk.models.ListReturnsOptions;
import uk.svkit.sdk.models.ProxySet;
import uk.svkit.sdk.models.Rating;
import uk.svkit.sdk.models.ReportingFrequency;
import uk.svkit.sdk.models.ReturnStatus;
import uk.svkit.sdk.models.SubmitReturnOptions;
import uk.svkit.sdk.models.ValueBasis;
import uk.svkit.sdk.models.ValueTrace;
import uk.svkit.sdk.models.ValueTraceTerm;

/**
 * Contract KPI tracking through the SDK: contracts and KPIs, returns one by one and in bulk,
 * review, corrections, progress and ratings, £ value with its trace, exports, dashboards, and who
 * may see what.
 */
class TrackingIT extends SvkitServer {
  static final String WIRRAL = "GB-LAE-WRL";
  static final String SUPPLIER = "GB-COH-09900001";
  static final String SUPPLIER_ID = "8f1f3c39-0000-4000-8000-000000000004";
  static final String VCFSE_ID = "8f1f3c39-0000-4000-8000-000000000006";

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

  /** A proxy set whose values the test chooses: the One Wirral proxies as published (TOMs 2019). */
  private ProxySet oneWirralProxies() {
    return buyer
        .proxySets()
        .createProxySet(
            CreateProxySetOptions.builder()
                .frameworkCode("SVK-LOCAL")
                .edition("1")
                .name(unique("One Wirral proxies"))
                .currency("GBP")
                .priceYear(2019)
                .source("Chosen by the test")
                .licenceNote("Test data")
                .addValue("LM-EMP-01", new BigDecimal("28213.00"))
                .addValue("LM-SKL-01", new BigDecimal("234.87"))
                .addValue("LM-SUP-01", BigDecimal.ONE, new BigDecimal("1.76"))
                .addValue("LM-WEL-01", BigDecimal.ONE)
                .build());
  }

  private static ContractCommitmentInput kpi(
      String measure, String target, ReportingFrequency frequency) {
    return ContractCommitmentInput.builder(measure, new BigDecimal(target))
        .period(CommitmentPeriod.WHOLE_CONTRACT)
        .reportingFrequency(frequency)
        .placeCode("E08000015")
        .build();
  }

  private Contract oneWirralContract(ProxySet proxies) {
    return buyer
        .contracts()
        .createContract(
            CreateContractOptions.builder()
                .buyerContractId(unique("WRL-C").replace(' ', '-'))
                .title("One Wirral CIC: community services")
                .supplierOrganisationId(SUPPLIER_ID)
                .value(new BigDecimal("750000"))
                .startDate(LocalDate.of(2025, 1, 1))
                .endDate(LocalDate.of(2025, 12, 31))
                .placesServed(List.of("E08000015"))
                .frameworkCode("SVK-LOCAL")
                .edition("1")
                .proxySetId(proxies.getId())
                .addCommitment(kpi("LM-EMP-01", "5", ReportingFrequency.ANNUALLY))
                .addCommitment(kpi("LM-SKL-01", "27", ReportingFrequency.ANNUALLY))
                .addCommitment(kpi("LM-SUP-01", "10000", ReportingFrequency.ANNUALLY))
                .addCommitment(
                    ContractCommitmentInput.builder("LM-WEL-01", new BigDecimal("8000"))
                        .reportingFrequency(ReportingFrequency.ANNUALLY)
                        .vcfsePartnerOrganisationId(VCFSE_ID)
                        .build())
                .build());
  }

  private static SubmitReturnOptions year2025(String quantity) {
    return SubmitReturnOptions.builder(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), new BigDecimal(quantity))
        .narrative("Delivered in 2025")
        .addEvidence(
            EvidenceRef.builder(EvidenceKind.URL, "https://evidence.example.org/one-wirral/2025")
                .build())
        .build();
  }

  @Test
  void oneWirralValuesToExactlySumOfQuantityTimesProxy() throws Exception {
    ProxySet proxies = oneWirralProxies();
    Contract contract = oneWirralContract(proxies);
    Map<String, String> kpiByMeasure =
        contract.getCommitments().stream()
            .collect(
                Collectors.toMap(ContractCommitment::getMeasureCode, ContractCommitment::getId));

    BulkResult bulk =
        supplier
            .contracts()
            .submitReturns(
                List.of(
                    BulkReturnItem.of(
                        contract.getId(), kpiByMeasure.get("LM-EMP-01"), year2025("5")),
                    BulkReturnItem.of(
                        contract.getId(), kpiByMeasure.get("LM-SKL-01"), year2025("27")),
                    BulkReturnItem.of(
                        contract.getId(), kpiByMeasure.get("LM-SUP-01"), year2025("10000")),
                    BulkReturnItem.of(
                        contract.getId(), kpiByMeasure.get("LM-WEL-01"), year2025("8000"))));
    assertEquals(4, bulk.getAccepted());
    for (String returnId : bulk.getReturnIds()) {
      buyer.contracts().validateReturn(buyer.contracts().getReturn(contract.getId(), returnId));
    }

    // 5 x 28,213 + 27 x 234.87 + 10,000 x 1 x 1.76 + 8,000 x 1 = 141,065 + 6,341.49 + 17,600 +
    // 8,000
    BigDecimal expected = new BigDecimal("173006.49");
    ValueTrace validated =
        buyer.contracts().getContractValue(contract.getId(), ValueBasis.VALIDATED);
    assertEquals(0, expected.compareTo(validated.getTotal()), validated.getTotal().toPlainString());
    Map<String, ValueTraceTerm> terms =
        validated.getTerms().stream()
            .collect(Collectors.toMap(ValueTraceTerm::getMeasureCode, Function.identity()));
    assertEquals(0, new BigDecimal("141065.00").compareTo(terms.get("LM-EMP-01").getValue()));
    assertEquals(0, new BigDecimal("6341.49").compareTo(terms.get("LM-SKL-01").getValue()));
    assertEquals(0, new BigDecimal("17600.00").compareTo(terms.get("LM-SUP-01").getValue()));
    assertEquals(0, new BigDecimal("1.76").compareTo(terms.get("LM-SUP-01").getMultiplier()));
    assertEquals(proxies.getId(), terms.get("LM-WEL-01").getProxySetId());
    assertEquals(
        0,
        expected.compareTo(
            buyer.contracts().getContractValue(contract.getId(), ValueBasis.COMMITTED).getTotal()),
        "targets = delivery here");

    ContractProgress progress =
        buyer.contracts().getContractProgress(contract.getId(), LocalDate.of(2026, 1, 31));
    assertEquals(Rating.GOOD, progress.getRating());
    assertEquals(0, expected.compareTo(progress.getValidatedValue()));

    // The OCDS release validates against OCDS 1.1 with the metrics and sustainability extensions.
    String release = supplier.contracts().exportContractOcds(contract.getId());
    var errors = OcdsSchema.validate(release);
    assertEquals(List.of(), errors.stream().map(Object::toString).toList(), release);
    assertTrue(
        release.contains("\"agreedMetrics\"")
            && release.contains("\"implementation\":{\"metrics\""),
        release);
    assertTrue(
        release.contains("economic.formalEmploymentPromotion")
            && release.contains("\"hasSustainability\":true"),
        release);
    assertTrue(
        release.contains("\"GB-LAE-WRL\"") && release.contains("\"interestedParty\""),
        "buyer and VCFSE partner are parties: " + release);

    String csv = buyer.contracts().exportReturnsCsv(contract.getId());
    List<String> lines = csv.lines().toList();
    assertEquals(5, lines.size(), csv);
    assertTrue(
        lines
            .get(0)
            .startsWith("contractId,buyerContractId,commitmentId,measureCode,returnId,periodStart"),
        lines.get(0));
    assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",VALIDATED,")), csv);
  }

  @Test
  void contractsAboveFiveMillionNeedThreeKpis() {
    ProxySet proxies = oneWirralProxies();
    BusinessRuleException problem =
        assertThrows(
            BusinessRuleException.class,
            () ->
                buyer
                    .contracts()
                    .createContract(
                        CreateContractOptions.builder()
                            .buyerContractId(unique("BIG").replace(' ', '-'))
                            .title("Highways PFI")
                            .supplierOrganisationId(SUPPLIER_ID)
                            .value(new BigDecimal("5000000.01"))
                            .startDate(LocalDate.of(2026, 1, 1))
                            .endDate(LocalDate.of(2030, 12, 31))
                            .frameworkCode("SVK-LOCAL")
                            .edition("1")
                            .proxySetId(proxies.getId())
                            .addCommitment(kpi("LM-EMP-01", "20", ReportingFrequency.QUARTERLY))
                            .addCommitment(kpi("LM-NOPE", "1", ReportingFrequency.QUARTERLY))
                            .build()));
    List<String> fields = problem.getErrors().stream().map(FieldError::getField).toList();
    assertEquals(List.of("commitments[1].measureCode", "commitments"), fields);
    assertTrue(
        problem.getErrors().get(1).getMessage().contains("Procurement Act"),
        problem.getErrors().toString());

    Contract exactlyFive =
        buyer
            .contracts()
            .createContract(
                CreateContractOptions.builder()
                    .buyerContractId(unique("FIVE").replace(' ', '-'))
                    .title("At the threshold")
                    .supplierOrganisationId(SUPPLIER_ID)
                    .value(new BigDecimal("5000000.00"))
                    .startDate(LocalDate.of(2026, 1, 1))
                    .endDate(LocalDate.of(2030, 12, 31))
                    .frameworkCode("SVK-LOCAL")
                    .edition("1")
                    .addCommitment(kpi("LM-EMP-01", "20", ReportingFrequency.QUARTERLY))
                    .build());
    assertEquals(
        1, exactlyFive.getCommitments().size(), "the Act asks for KPIs above £5m, not at it");
  }

  /**
   * Four KPIs, each with a target of 730 over two years: 1 a day, so 90 are expected by 31 March
   * 2026.
   */
  private Contract twoYearContract(int kpis) {
    CreateContractOptions.Builder builder =
        CreateContractOptions.builder()
            .buyerContractId(unique("WRL-R").replace(' ', '-'))
            .title("Two-year services")
            .supplierOrganisationId(SUPPLIER_ID)
            .value(new BigDecimal("1000000"))
            .startDate(LocalDate.of(2026, 1, 1))
            .endDate(LocalDate.of(2027, 12, 31))
            .frameworkCode("SVK-LOCAL")
            .edition("1")
            .proxySetId("f274eec2-15a5-55a8-b0ed-d650872afa14");
    for (int i = 0; i < kpis; i++) {
      builder.addCommitment(
          ContractCommitmentInput.builder("LM-VOL-01", new BigDecimal("730"))
              .title("Volunteering hours " + i)
              .reportingFrequency(ReportingFrequency.QUARTERLY)
              .build());
    }
    return buyer.contracts().createContract(builder.build());
  }

  private static SubmitReturnOptions q1(String quantity) {
    return SubmitReturnOptions.builder(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), new BigDecimal(quantity))
        .build();
  }

  @Test
  void ratingsAtEachThresholdProRatedToTheDate() {
    Contract contract = twoYearContract(5);
    List<String> kpis = contract.getCommitments().stream().map(ContractCommitment::getId).toList();
    String[] delivered = {"90", "80", "54", "53", "0"};
    for (int i = 0; i < 4; i++) {
      ContractReturn r =
          supplier.contracts().submitReturn(contract.getId(), kpis.get(i), q1(delivered[i]));
      buyer.contracts().validateReturn(r);
    }

    // 31 March 2026 is day 90 of 730: 90 hours expected of each KPI.
    ContractProgress march =
        buyer.contracts().getContractProgress(contract.getId(), LocalDate.of(2026, 3, 31));
    Map<String, CommitmentProgress> byKpi =
        march.getCommitments().stream()
            .collect(Collectors.toMap(CommitmentProgress::getCommitmentId, Function.identity()));
    assertEquals(0, new BigDecimal("90").compareTo(byKpi.get(kpis.get(0)).getExpectedToDate()));
    assertEquals(Rating.GOOD, byKpi.get(kpis.get(0)).getRating(), "90/90");
    assertEquals(Rating.APPROACHING_TARGET, byKpi.get(kpis.get(1)).getRating(), "80/90 = 0.889");
    assertEquals(Rating.REQUIRES_IMPROVEMENT, byKpi.get(kpis.get(2)).getRating(), "54/90 = 0.60");
    assertEquals(Rating.INADEQUATE, byKpi.get(kpis.get(3)).getRating(), "53/90 = 0.589");
    assertEquals(Rating.INADEQUATE, march.getRating(), "a contract is rated by its worst KPI");
    assertEquals(0, march.getOverdueReturns(), "Q1's returns are not due until 30 April");

    // In May the fifth KPI's Q1 return is overdue (due by 30 April: 30 days' grace).
    ContractProgress may =
        buyer.contracts().getContractProgress(contract.getId(), LocalDate.of(2026, 5, 15));
    CommitmentProgress missing =
        may.getCommitments().stream()
            .filter(c -> c.getCommitmentId().equals(kpis.get(4)))
            .findFirst()
            .orElseThrow();
    assertEquals(1, missing.getOverduePeriods().size());
    assertEquals(LocalDate.of(2026, 4, 30), missing.getOverduePeriods().get(0).getDueBy());
    // Pro-rated: by 15 May (day 135) 135 are expected, so 90 delivered is no longer on target.
    CommitmentProgress first =
        may.getCommitments().stream()
            .filter(c -> c.getCommitmentId().equals(kpis.get(0)))
            .findFirst()
            .orElseThrow();
    assertEquals(0, new BigDecimal("135").compareTo(first.getExpectedToDate()));
    assertEquals(Rating.REQUIRES_IMPROVEMENT, first.getRating(), "90/135 = 0.667");

    // What a Contract Performance Notice publishes: each KPI's target, delivery and rating.
    var notice =
        buyer.contracts().getPerformanceSummary(contract.getId(), LocalDate.of(2026, 3, 31));
    assertEquals(Rating.INADEQUATE, notice.getOverallRating());
    assertEquals(5, notice.getKpis().size());
    assertEquals("Volunteering hours 0", notice.getKpis().get(0).getTitle());
    assertEquals(0, new BigDecimal("90").compareTo(notice.getKpis().get(0).getDelivered()));
    assertNotNull(notice.getBuyer(), "the notice names the buyer");
    assertNotNull(notice.getSupplier(), "and the supplier");
    assertEquals(
        LocalDate.of(2026, 1, 1),
        notice.getPeriodStart(),
        "the assessed year starts no earlier than the contract");
  }

  @Test
  void correctionsSupersedeAndRejectionsWithdrawButHistoryStays() {
    Contract contract = twoYearContract(1);
    String kpi = contract.getCommitments().get(0).getId();
    ContractReturn first = supplier.contracts().submitReturn(contract.getId(), kpi, q1("50"));
    ContractReturn corrected =
        supplier
            .contracts()
            .correctReturn(
                first,
                CorrectReturnOptions.builder(new BigDecimal("60")).narrative("Miscounted").build());
    assertEquals(first.getId(), corrected.getSupersedesReturnId());
    assertEquals(ReturnStatus.SUBMITTED, corrected.getStatus());
    ContractReturn old = buyer.contracts().getReturn(contract.getId(), first.getId());
    assertEquals(ReturnStatus.SUPERSEDED, old.getStatus());
    assertEquals(corrected.getId(), old.getSupersededByReturnId());
    assertThrows(
        ConflictException.class,
        () ->
            supplier
                .contracts()
                .correctReturn(old, CorrectReturnOptions.builder(BigDecimal.ONE).build()));
    assertThrows(
        ConflictException.class,
        () -> buyer.contracts().validateReturn(old),
        "only submitted returns are reviewed");

    CommitmentProgress progress =
        buyer
            .contracts()
            .getContractProgress(contract.getId(), LocalDate.of(2026, 3, 31))
            .getCommitments()
            .get(0);
    assertEquals(
        0,
        new BigDecimal("60").compareTo(progress.getClaimed()),
        "a correction replaces, it does not add");
    assertEquals(0, BigDecimal.ZERO.compareTo(progress.getValidated()));

    ContractReturn rejected = buyer.contracts().rejectReturn(corrected, "No evidence attached");
    assertEquals(ReturnStatus.REJECTED, rejected.getStatus());
    assertEquals("No evidence attached", rejected.getRejectionReason());
    assertThrows(
        PermissionDeniedException.class, () -> supplier.contracts().validateReturn(rejected));
    ContractReturn resubmitted =
        supplier
            .contracts()
            .correctReturn(
                rejected,
                CorrectReturnOptions.builder(new BigDecimal("60"))
                    .addEvidence(
                        EvidenceRef.builder(EvidenceKind.DOCUMENT, "dms://returns/2026-q1.pdf")
                            .sha256("a".repeat(64))
                            .build())
                    .build());
    buyer.contracts().validateReturn(resubmitted);

    progress =
        buyer
            .contracts()
            .getContractProgress(contract.getId(), LocalDate.of(2026, 3, 31))
            .getCommitments()
            .get(0);
    assertEquals(0, new BigDecimal("60").compareTo(progress.getClaimed()));
    assertEquals(0, new BigDecimal("60").compareTo(progress.getValidated()));
    List<ReturnStatus> history =
        buyer.contracts().listReturns(contract.getId()).stream()
            .map(ContractReturn::getStatus)
            .toList();
    assertEquals(
        List.of(ReturnStatus.SUPERSEDED, ReturnStatus.SUPERSEDED, ReturnStatus.VALIDATED),
        history,
        "every version stays");
    assertEquals(
        1,
        buyer
            .contracts()
            .listReturns(
                contract.getId(),
                ListReturnsOptions.builder().status(ReturnStatus.VALIDATED).build())
            .stream()
            .count());
  }

  @Test
  void bulkReturnsAreAllOrNothingAndReplaySafe() {
    Contract contract = twoYearContract(2);
    String a = contract.getCommitments().get(0).getId();
    String b = contract.getCommitments().get(1).getId();
    BusinessRuleException problem =
        assertThrows(
            BusinessRuleException.class,
            () ->
                supplier
                    .contracts()
                    .submitReturns(
                        List.of(
                            BulkReturnItem.of(contract.getId(), a, q1("10")),
                            BulkReturnItem.of(
                                contract.getId(),
                                b,
                                SubmitReturnOptions.builder(
                                        LocalDate.of(2026, 1, 1),
                                        LocalDate.of(2026, 2, 28),
                                        BigDecimal.ONE)
                                    .build()),
                            BulkReturnItem.of(
                                contract.getId(), UUID.randomUUID().toString(), q1("1")))));
    assertEquals(
        List.of("returns[1].periodStart", "returns[2].commitmentId"),
        problem.getErrors().stream().map(FieldError::getField).toList());
    assertEquals(
        0, buyer.contracts().listReturns(contract.getId()).stream().count(), "nothing stored");

    String key = "quarter-" + UUID.randomUUID();
    List<BulkReturnItem> quarter =
        List.of(
            BulkReturnItem.of(contract.getId(), a, q1("10")),
            BulkReturnItem.of(contract.getId(), b, q1("20")));
    BulkResult once =
        supplier
            .contracts()
            .submitReturns(quarter, RequestOptions.builder().idempotencyKey(key).build());
    BulkResult again =
        supplier
            .contracts()
            .submitReturns(quarter, RequestOptions.builder().idempotencyKey(key).build());
    assertEquals(once.getReturnIds(), again.getReturnIds());
    assertEquals(
        2,
        buyer.contracts().listReturns(contract.getId()).stream().count(),
        "the replay stored nothing new");
    CommitmentProgress progress =
        buyer
            .contracts()
            .getContractProgress(contract.getId(), LocalDate.of(2026, 3, 31))
            .getCommitments()
            .get(1);
    assertEquals(0, new BigDecimal("20").compareTo(progress.getClaimed()));
  }

  @Test
  void aKpiHasOneLiveReturnPerPeriodAndASecondIsAConflictNamingIt() {
    Contract contract = twoYearContract(1);
    String kpi = contract.getCommitments().get(0).getId();
    ContractReturn first = supplier.contracts().submitReturn(contract.getId(), kpi, q1("50"));

    ConflictException again =
        assertThrows(
            ConflictException.class,
            () -> supplier.contracts().submitReturn(contract.getId(), kpi, q1("50")));
    assertEquals(409, again.getStatusCode());
    assertTrue(
        again.getDetail().contains("Return " + first.getId() + " is already live")
            && again.getDetail().contains("correct it"),
        again.getDetail());
    assertTrue(
        again.getDetail().contains("/returns/" + first.getId() + "/corrections"),
        again.getDetail());
    var wire =
        http()
            .post(
                "/api/v1/contracts/" + contract.getId() + "/commitments/" + kpi + "/returns",
                "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-03-31\",\"quantity\":1}")
            .token(Tokens.of(SUPPLIER, "supplier"))
            .send();
    assertEquals(409, wire.status(), wire.toString());
    assertTrue(
        wire.header("Content-Type").startsWith("application/problem+json"),
        wire.header("Content-Type"));
    assertEquals("/problems/conflict", wire.json().getString("type"));

    // A correction still replaces the live return; the correction is then the one a new submission
    // names.
    ContractReturn corrected =
        supplier
            .contracts()
            .correctReturn(first, CorrectReturnOptions.builder(new BigDecimal("55")).build());
    ConflictException afterCorrection =
        assertThrows(
            ConflictException.class,
            () -> supplier.contracts().submitReturn(contract.getId(), kpi, q1("1")));
    assertTrue(
        afterCorrection.getDetail().contains(corrected.getId()), afterCorrection.getDetail());

    // A rejected return is not live: the period can be submitted afresh, and then the rejected one
    // can no longer be corrected.
    ContractReturn rejected = buyer.contracts().rejectReturn(corrected, "Wrong quarter");
    ContractReturn fresh = supplier.contracts().submitReturn(contract.getId(), kpi, q1("40"));
    ConflictException stale =
        assertThrows(
            ConflictException.class,
            () ->
                supplier
                    .contracts()
                    .correctReturn(
                        rejected, CorrectReturnOptions.builder(new BigDecimal("41")).build()));
    assertTrue(
        stale.getDetail().contains("Return " + fresh.getId() + " is already live"),
        stale.getDetail());
    assertEquals(
        ReturnStatus.REJECTED,
        buyer.contracts().getReturn(contract.getId(), rejected.getId()).getStatus(),
        "the refused correction changed nothing");

    CommitmentProgress progress =
        buyer
            .contracts()
            .getContractProgress(contract.getId(), LocalDate.of(2026, 3, 31))
            .getCommitments()
            .get(0);
    assertEquals(
        0, new BigDecimal("40").compareTo(progress.getClaimed()), "only the live return counts");
    assertEquals(
        List.of(ReturnStatus.SUPERSEDED, ReturnStatus.REJECTED, ReturnStatus.SUBMITTED),
        buyer.contracts().listReturns(contract.getId()).stream()
            .map(ContractReturn::getStatus)
            .toList());
  }

  @Test
  void concurrentSubmissionsForOnePeriodStoreExactlyOne() throws Exception {
    Contract contract = twoYearContract(1);
    String kpi = contract.getCommitments().get(0).getId();
    int clients = 8;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(clients);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<Object>> outcomes = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < clients; i++) {
        String quantity = Integer.toString(10 + i);
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    return supplier.contracts().submitReturn(contract.getId(), kpi, q1(quantity));
                  } catch (ConflictException e) {
                    return e;
                  }
                }));
      }
      start.countDown();
      List<Object> results = new java.util.ArrayList<>();
      for (var outcome : outcomes) {
        results.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
      List<ContractReturn> stored =
          results.stream()
              .filter(ContractReturn.class::isInstance)
              .map(ContractReturn.class::cast)
              .toList();
      List<ConflictException> refused =
          results.stream()
              .filter(ConflictException.class::isInstance)
              .map(ConflictException.class::cast)
              .toList();
      assertEquals(1, stored.size(), "exactly one 201: " + results);
      assertEquals(clients - 1, refused.size(), "the rest 409: " + results);
      String winner = stored.get(0).getId();
      assertTrue(
          refused.stream().allMatch(e -> e.getDetail().contains(winner)),
          "each 409 names the stored return: " + refused);

      assertEquals(
          List.of(winner),
          buyer.contracts().listReturns(contract.getId()).stream()
              .map(ContractReturn::getId)
              .toList());
      CommitmentProgress progress =
          buyer
              .contracts()
              .getContractProgress(contract.getId(), LocalDate.of(2026, 3, 31))
              .getCommitments()
              .get(0);
      assertEquals(
          0,
          stored.get(0).getQuantity().compareTo(progress.getClaimed()),
          "counted once: " + progress.getClaimed());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aBulkBatchResentUnderANewKeyIsAConflictAndStoredOnce() throws Exception {
    Contract contract = twoYearContract(2);
    String a = contract.getCommitments().get(0).getId();
    String b = contract.getCommitments().get(1).getId();
    List<BulkReturnItem> quarter =
        List.of(
            BulkReturnItem.of(contract.getId(), a, q1("10")),
            BulkReturnItem.of(contract.getId(), b, q1("20")));
    BulkResult once =
        supplier
            .contracts()
            .submitReturns(
                quarter,
                RequestOptions.builder().idempotencyKey("quarter-" + UUID.randomUUID()).build());

    ConflictException resent =
        assertThrows(
            ConflictException.class,
            () ->
                supplier
                    .contracts()
                    .submitReturns(
                        quarter,
                        RequestOptions.builder()
                            .idempotencyKey("quarter-" + UUID.randomUUID())
                            .build()));
    assertTrue(resent.getDetail().contains(once.getReturnIds().get(0)), resent.getDetail());
    assertEquals(
        List.of("returns[0].periodStart", "returns[1].periodStart"),
        resent.getErrors().stream().map(FieldError::getField).toList());
    assertTrue(
        resent.getErrors().get(1).getMessage().contains(once.getReturnIds().get(1)),
        resent.getErrors().toString());

    // One new return beside one already stored: all or nothing, so nothing.
    Contract other = twoYearContract(1);
    String c = other.getCommitments().get(0).getId();
    ConflictException mixed =
        assertThrows(
            ConflictException.class,
            () ->
                supplier
                    .contracts()
                    .submitReturns(
                        List.of(
                            BulkReturnItem.of(other.getId(), c, q1("5")),
                            BulkReturnItem.of(contract.getId(), b, q1("20")))));
    assertEquals(
        List.of("returns[1].periodStart"),
        mixed.getErrors().stream().map(FieldError::getField).toList());
    assertEquals(
        0,
        buyer.contracts().listReturns(other.getId()).stream().count(),
        "nothing of the refused batch stored");

    // Two returns for one KPI and period within a batch.
    ConflictException twice =
        assertThrows(
            ConflictException.class,
            () ->
                supplier
                    .contracts()
                    .submitReturns(
                        List.of(
                            BulkReturnItem.of(other.getId(), c, q1("5")),
                            BulkReturnItem.of(other.getId(), c, q1("6")))));
    assertEquals(
        List.of("returns[1].periodStart"),
        twice.getErrors().stream().map(FieldError::getField).toList());
    assertTrue(
        twice.getErrors().get(0).getMessage().contains("returns[0]"), twice.getErrors().toString());
    assertEquals(0, buyer.contracts().listReturns(other.getId()).stream().count());

    assertEquals(
        once.getReturnIds().stream().sorted().toList(),
        buyer.contracts().listReturns(contract.getId()).stream()
            .map(ContractReturn::getId)
            .sorted()
            .toList(),
        "stored once");
    List<CommitmentProgress> progress =
        buyer
            .contracts()
            .getContractProgress(contract.getId(), LocalDate.of(2026, 3, 31))
            .getCommitments();
    assertEquals(0, new BigDecimal("10").compareTo(progress.get(0).getClaimed()));
    assertEquals(0, new BigDecimal("20").compareTo(progress.get(1).getClaimed()));
    String release = buyer.contracts().exportContractOcds(contract.getId());
    assertEquals(
        List.of(), OcdsSchema.validate(release).stream().map(Object::toString).toList(), release);
  }

  /**
   * A contract's OCDS export is its published release: exporting twice gives the same id and date
   * (an id stamped with "now" made every export a new release), the date is when its content last
   * changed, written as RFC 3339 with its seconds (DateTimesTest covers a date on the minute), and
   * a change of content gives a new release.
   */
  @Test
  void aContractsOcdsExportIsItsStablePublishedRelease() throws Exception {
    Contract contract = twoYearContract(1);
    ContractReturn r =
        supplier
            .contracts()
            .submitReturn(contract.getId(), contract.getCommitments().get(0).getId(), q1("90"));
    // Eight first publications of the same content at once: one release is kept, none fails.
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    java.util.List<java.util.concurrent.Future<String>> racing = new java.util.ArrayList<>();
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    for (int i = 0; i < 8; i++) {
      racing.add(
          pool.submit(
              () -> {
                start.await();
                return json(buyer.contracts().exportContractOcds(contract.getId())).getString("id");
              }));
    }
    start.countDown();
    java.util.Set<String> raced = new java.util.HashSet<>();
    for (java.util.concurrent.Future<String> f : racing) {
      raced.add(f.get());
    }
    pool.shutdown();
    assertEquals(1, raced.size(), "one release for one content: " + raced);
    jakarta.json.JsonObject before = json(buyer.contracts().exportContractOcds(contract.getId()));
    assertEquals(raced.iterator().next(), before.getString("id"));
    ContractReturn validated = buyer.contracts().validateReturn(r);
    jakarta.json.JsonObject first = json(buyer.contracts().exportContractOcds(contract.getId()));
    jakarta.json.JsonObject again = json(supplier.contracts().exportContractOcds(contract.getId()));

    assertEquals(first.getString("id"), again.getString("id"), "same content, same release");
    assertEquals(first.getString("date"), again.getString("date"));
    assertTrue(
        !first.getString("id").equals(before.getString("id")), "a validated return is new content");
    String date = first.getString("date");
    assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), date);
    java.time.Instant dated = java.time.OffsetDateTime.parse(date).toInstant();
    java.time.Instant reviewed =
        validated.getReviewedAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    assertTrue(
        !dated.isBefore(reviewed) && dated.isBefore(reviewed.plusSeconds(60)),
        "dated when its content changed: " + date + " for a return validated at " + reviewed);
    assertEquals(
        List.of(), OcdsSchema.validate(first.toString()).stream().map(Object::toString).toList());
    // The CSV export writes its date-times the same way.
    List<String> csv = buyer.contracts().exportReturnsCsv(contract.getId()).lines().toList();
    List<String> header = List.of(csv.get(0).split(","));
    List<String> row = List.of(csv.get(1).split(","));
    String rfc3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";
    assertTrue(row.get(header.indexOf("submittedAt")).matches(rfc3339), csv.get(1));
    assertTrue(row.get(header.indexOf("reviewedAt")).matches(rfc3339), csv.get(1));
  }

  @Test
  void contractsAndReturnsAreFoundThroughEachFilter() {
    Contract contract = twoYearContract(2);
    String a = contract.getCommitments().get(0).getId();
    String b = contract.getCommitments().get(1).getId();
    ContractReturn submitted = supplier.contracts().submitReturn(contract.getId(), a, q1("10"));
    ContractReturn validated =
        buyer
            .contracts()
            .validateReturn(supplier.contracts().submitReturn(contract.getId(), b, q1("20")));

    // Contracts by supplier: this contract's supplier finds it, another supplier does not.
    assertTrue(
        buyer
            .contracts()
            .listContracts(
                uk.svkit.sdk.models.ListContractsOptions.builder()
                    .supplierOrganisationId(SUPPLIER_ID)
                    .build())
            .stream()
            .anyMatch(c -> c.getId().equals(contract.getId())));
    assertTrue(
        buyer
            .contracts()
            .listContracts(
                uk.svkit.sdk.models.ListContractsOptions.builder()
                    .supplierOrganisationId("8f1f3c39-0000-4000-8000-000000000005")
                    .build())
            .stream()
            .noneMatch(c -> c.getId().equals(contract.getId())));

    // Returns by KPI and by status, alone and together.
    Function<ListReturnsOptions, List<String>> ids =
        options ->
            buyer.contracts().listReturns(contract.getId(), options).stream()
                .map(ContractReturn::getId)
                .toList();
    assertEquals(
        List.of(submitted.getId(), validated.getId()),
        ids.apply(ListReturnsOptions.builder().build()));
    assertEquals(
        List.of(submitted.getId()),
        ids.apply(ListReturnsOptions.builder().commitmentId(a).build()));
    assertEquals(
        List.of(validated.getId()),
        ids.apply(ListReturnsOptions.builder().commitmentId(b).build()));
    assertEquals(
        List.of(),
        ids.apply(ListReturnsOptions.builder().commitmentId(UUID.randomUUID().toString()).build()));
    assertEquals(
        List.of(submitted.getId()),
        ids.apply(ListReturnsOptions.builder().status(ReturnStatus.SUBMITTED).build()));
    assertEquals(
        List.of(validated.getId()),
        ids.apply(ListReturnsOptions.builder().status(ReturnStatus.VALIDATED).build()));
    assertEquals(
        List.of(), ids.apply(ListReturnsOptions.builder().status(ReturnStatus.REJECTED).build()));
    assertEquals(
        List.of(validated.getId()),
        ids.apply(
            ListReturnsOptions.builder().commitmentId(b).status(ReturnStatus.VALIDATED).build()));
    assertEquals(
        List.of(),
        ids.apply(
            ListReturnsOptions.builder().commitmentId(a).status(ReturnStatus.VALIDATED).build()));
  }

  @Test
  void suppliersAndBuyersSeeOnlyTheirOwnContracts() {
    Contract contract = twoYearContract(1);
    try (SvkitClient otherSupplier =
            Clients.of(endpoint(), Tokens.of("GB-COH-09900002", "supplier"));
        SvkitClient otherBuyer = Clients.of(endpoint(), Tokens.of("GB-LAE-LIV", "buyer"))) {
      assertEquals(contract.getId(), supplier.contracts().getContract(contract.getId()).getId());
      assertTrue(
          supplier.contracts().listContracts().stream()
              .anyMatch(c -> c.getId().equals(contract.getId())));
      assertThrows(
          NotFoundException.class, () -> otherSupplier.contracts().getContract(contract.getId()));
      assertThrows(
          NotFoundException.class, () -> otherBuyer.contracts().getContract(contract.getId()));
      assertTrue(
          otherSupplier.contracts().listContracts().stream()
              .noneMatch(c -> c.getId().equals(contract.getId())));
      String kpi = contract.getCommitments().get(0).getId();
      BusinessRuleException refused =
          assertThrows(
              BusinessRuleException.class,
              () -> otherSupplier.contracts().submitReturn(contract.getId(), kpi, q1("1")));
      assertEquals("contractId", refused.getErrors().get(0).getField());
      assertThrows(
          NotFoundException.class,
          () -> otherBuyer.contracts().getContractProgress(contract.getId()));
    }
  }

  @Test
  void aDeliveryCannotExceedThePledgeSoATokenPledgeCannotCloseANeed() {
    Contract contract = twoYearContract(1);
    String kpi = contract.getCommitments().get(0).getId();
    try (SvkitClient vcfse = Clients.of(endpoint(), Tokens.of("GB-CHC-1990001", "vcfse"))) {
      var need =
          vcfse
              .directory()
              .createNeed(
                  uk.svkit.sdk.models.NeedOptions.builder()
                      .supportType(uk.svkit.sdk.models.SupportType.VOLUNTEERING)
                      .title(unique("Garden volunteers"))
                      .description("Weekly gardening")
                      .quantity(new BigDecimal("100"))
                      .unit("hours")
                      .placeCode("E08000015")
                      .expiresOn(LocalDate.now().plusMonths(3))
                      .build());
      var pledge =
          supplier
              .directory()
              .createPledge(
                  need.getId(),
                  uk.svkit.sdk.models.CreatePledgeOptions.builder()
                      .quantity(new BigDecimal("0.01"))
                      .commitmentId(kpi)
                      .build());
      // Before: the 0.01 pledge delivered 999,999,999, the need was MET and the quantity became KPI
      // evidence.
      BusinessRuleException refused =
          assertThrows(
              BusinessRuleException.class,
              () ->
                  supplier
                      .directory()
                      .recordPledgeDelivery(
                          pledge,
                          uk.svkit.sdk.models.RecordDeliveryOptions.builder()
                              .deliveredQuantity(new BigDecimal("999999999"))
                              .build()));
      assertEquals("deliveredQuantity", refused.getErrors().get(0).getField());
      var after = vcfse.directory().getNeed(need.getId());
      assertTrue(after.getStatus() != uk.svkit.sdk.models.NeedStatus.MET, after.toString());
      assertTrue(
          buyer.contracts().listPledgeEvidence(contract.getId()).isEmpty(),
          "no evidence from a refused delivery");
      supplier
          .directory()
          .recordPledgeDelivery(
              pledge,
              uk.svkit.sdk.models.RecordDeliveryOptions.builder()
                  .deliveredQuantity(new BigDecimal("0.01"))
                  .build());
      assertEquals(
          0,
          new BigDecimal("0.01")
              .compareTo(
                  buyer
                      .contracts()
                      .listPledgeEvidence(contract.getId())
                      .get(0)
                      .getDeliveredQuantity()));
      assertTrue(
          vcfse.directory().getNeed(need.getId()).getStatus()
              != uk.svkit.sdk.models.NeedStatus.MET);
    }
  }

  @Test
  void supportDeliveredThroughADirectoryPledgeIsEvidenceOfTheKpiItNames() {
    Contract contract = twoYearContract(1);
    String kpi = contract.getCommitments().get(0).getId();
    try (SvkitClient vcfse = Clients.of(endpoint(), Tokens.of("GB-CHC-1990001", "vcfse"))) {
      var need =
          vcfse
              .directory()
              .createNeed(
                  uk.svkit.sdk.models.NeedOptions.builder()
                      .supportType(uk.svkit.sdk.models.SupportType.VOLUNTEERING)
                      .title(unique("Food bank volunteers"))
                      .description("Saturday shifts sorting donations")
                      .quantity(new BigDecimal("100"))
                      .unit("hours")
                      .placeCode("E08000015")
                      .expiresOn(LocalDate.now().plusMonths(3))
                      .build());
      var pledge =
          supplier
              .directory()
              .createPledge(
                  need.getId(),
                  uk.svkit.sdk.models.CreatePledgeOptions.builder()
                      .quantity(new BigDecimal("40"))
                      .note("Our depot team")
                      .commitmentId(kpi)
                      .build());
      assertTrue(
          buyer.contracts().listPledgeEvidence(contract.getId()).isEmpty(),
          "a pledge is a promise; delivery is the evidence");
      supplier
          .directory()
          .recordPledgeDelivery(
              pledge,
              uk.svkit.sdk.models.RecordDeliveryOptions.builder()
                  .deliveredQuantity(new BigDecimal("40"))
                  .note("Five Saturdays")
                  .build());

      var evidence = buyer.contracts().listPledgeEvidence(contract.getId());
      assertEquals(1, evidence.size());
      assertEquals(kpi, evidence.get(0).getCommitmentId());
      assertEquals(need.getId(), evidence.get(0).getNeedId());
      assertEquals(0, new BigDecimal("40").compareTo(evidence.get(0).getDeliveredQuantity()));
      assertEquals("VOLUNTEERING", evidence.get(0).getSupportType());
      assertEquals(
          "8f1f3c39-0000-4000-8000-000000000006", evidence.get(0).getVcfseOrganisationId());
    }
  }

  @Test
  void dashboardsAndBenchmarksReadTheKeptTotals() {
    ProxySet proxies = oneWirralProxies();
    Contract contract = oneWirralContract(proxies);
    String jobs = contract.getCommitments().get(0).getId();
    ContractReturn r = supplier.contracts().submitReturn(contract.getId(), jobs, year2025("5"));
    buyer.contracts().validateReturn(r);

    var dashboard = buyer.dashboards().getBuyerDashboard();
    assertTrue(
        dashboard.getTotals().getValidatedValue().compareTo(new BigDecimal("141065.00")) >= 0,
        dashboard.toString());
    assertTrue(
        dashboard.getByTheme().stream().anyMatch(row -> row.getValidatedValue().signum() > 0),
        dashboard.getByTheme().toString());
    assertTrue(dashboard.getByPlace().stream().anyMatch(row -> row.getKey().equals("E08000015")));
    assertTrue(dashboard.getByPeriod().stream().anyMatch(row -> row.getKey().equals("2025-Q1")));

    try (SvkitClient liverpool = Clients.of(endpoint(), Tokens.of("GB-LAE-LIV", "buyer"))) {
      liverpool.dashboards().setBenchmarkOptIn(false);
      assertThrows(
          ConflictException.class,
          () -> liverpool.dashboards().getBenchmark(),
          "no peeking without sharing");
      liverpool.dashboards().setBenchmarkOptIn(true);
      buyer.dashboards().setBenchmarkOptIn(true);
      var benchmark = buyer.dashboards().getBenchmark();
      assertEquals(3, benchmark.getIndicators().size());
      var perPound = benchmark.getIndicators().get(0);
      assertEquals("SV_PER_CONTRACT_POUND", perPound.getCode());
      assertNotNull(perPound.getOwn());
      assertEquals(5, benchmark.getMinPeers());
      assertTrue(
          perPound.getPeers() >= 5 || perPound.getMedian() == null,
          "peer figures only from five other buyers up");
    }
  }

  // ---- issue 13, finding 3: the benchmark revealed other buyers' figures -----------------------

  /** A new buyer organisation with one contract, opted in to benchmarking. */
  private SvkitClient benchmarkedBuyer(SvkitClient admin, String value) {
    var org =
        admin
            .organisations()
            .createOrganisation(
                uk.svkit.sdk.models.CreateOrganisationOptions.builder()
                    .name(unique("Peer Council"))
                    .roles(uk.svkit.sdk.models.OrganisationRole.BUYER)
                    .identifier(uniqueCompanyIdentifier())
                    .build());
    SvkitClient client = Clients.of(endpoint(), Tokens.of(org.getIdentifier(), "buyer"));
    client
        .contracts()
        .createContract(
            CreateContractOptions.builder()
                .buyerContractId(unique("PEER").replace(' ', '-'))
                .title("Peer services")
                .supplierOrganisationId(SUPPLIER_ID)
                .value(new BigDecimal(value))
                .startDate(LocalDate.of(2026, 1, 1))
                .endDate(LocalDate.of(2027, 12, 31))
                .frameworkCode("SVK-LOCAL")
                .edition("1")
                .proxySetId("f274eec2-15a5-55a8-b0ed-d650872afa14")
                .addCommitment(
                    ContractCommitmentInput.builder("LM-VOL-01", new BigDecimal("730"))
                        .reportingFrequency(ReportingFrequency.QUARTERLY)
                        .build())
                .build());
    client.dashboards().setBenchmarkOptIn(true);
    return client;
  }

  @Test
  void theBenchmarkNeedsFiveOtherPeersAndNeverCountsTheCaller() {
    // Buyers other tests opt in leave, so the peers are exactly the ones made here.
    for (String org : List.of(WIRRAL, "GB-LAE-LIV")) {
      try (SvkitClient c = Clients.of(endpoint(), Tokens.of(org, "buyer"))) {
        c.dashboards().setBenchmarkOptIn(false);
      }
    }
    List<SvkitClient> peers = new java.util.ArrayList<>();
    try (SvkitClient admin = Clients.of(endpoint(), Tokens.admin())) {
      SvkitClient attacker = benchmarkedBuyer(admin, "100000");
      peers.add(attacker);
      peers.add(benchmarkedBuyer(admin, "300000"));
      // Before: two peers, the caller among them, so the other's figure was 2 x median - own.
      for (var indicator : attacker.dashboards().getBenchmark().getIndicators()) {
        assertNotNull(indicator.getOwn(), indicator.toString());
        assertEquals(1, indicator.getPeers(), "the caller is not its own peer: " + indicator);
        assertEquals(null, indicator.getMedian(), indicator.toString());
        assertEquals(null, indicator.getP25(), indicator.toString());
        assertEquals(null, indicator.getP75(), indicator.toString());
      }
      for (int i = 0; i < 3; i++) {
        peers.add(benchmarkedBuyer(admin, "200000"));
      }
      var four = attacker.dashboards().getBenchmark();
      assertEquals(5, four.getMinPeers());
      assertTrue(
          four.getIndicators().stream().allMatch(i -> i.getPeers() == 4 && i.getMedian() == null),
          four.toString());
      peers.add(benchmarkedBuyer(admin, "200000"));
      var five = attacker.dashboards().getBenchmark();
      assertTrue(
          five.getIndicators().stream()
              .allMatch(i -> i.getPeers() == 5 && i.getMedian() != null && i.getP25() != null),
          five.toString());
    } finally {
      for (SvkitClient c : peers) {
        c.dashboards().setBenchmarkOptIn(false);
        c.close();
      }
    }
  }

  private static jakarta.json.JsonObject json(String text) {
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
      return reader.readObject();
    }
  }
}
