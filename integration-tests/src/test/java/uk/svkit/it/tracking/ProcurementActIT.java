package uk.svkit.it.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.models.AssessedKpi;
import uk.svkit.sdk.models.BulkResult;
import uk.svkit.sdk.models.BulkReturnItem;
import uk.svkit.sdk.models.CommitmentPeriod;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractCommitment;
import uk.svkit.sdk.models.ContractCommitmentInput;
import uk.svkit.sdk.models.ContractKpiNotice;
import uk.svkit.sdk.models.ContractModification;
import uk.svkit.sdk.models.CreateAssessmentOptions;
import uk.svkit.sdk.models.CreateContractOptions;
import uk.svkit.sdk.models.OverdueAssessment;
import uk.svkit.sdk.models.PerformanceAssessment;
import uk.svkit.sdk.models.PerformanceFailure;
import uk.svkit.sdk.models.Rating;
import uk.svkit.sdk.models.RecordPerformanceFailureOptions;
import uk.svkit.sdk.models.ReportingFrequency;
import uk.svkit.sdk.models.ReviewAssessmentOptions;
import uk.svkit.sdk.models.SubmitReturnOptions;
import uk.svkit.sdk.models.VaryContractOptions;

/**
 * A contract's whole Procurement Act 2023 life through the SDK: a £6m contract with 4 KPIs (3 most
 * material, published in the Contract Details Notice), monthly returns over 14 months, a variation
 * in month 7 re-targeting one KPI, a performance failure, an annual Contract Performance Notice
 * with one override (and its correction), termination and the notice on termination, each notice
 * valid OCDS with the UK extension.
 */
class ProcurementActIT extends SvkitServer {
  private static final String WIRRAL = "GB-LAE-WRL";
  private static final String SUPPLIER = "GB-COH-09900001";
  private static final String SUPPLIER_ID = "8f1f3c39-0000-4000-8000-000000000004";
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 12, 31); // 730 days
  private static final LocalDate MONTH_7 = LocalDate.of(2025, 7, 1);
  private static final LocalDate TERMINATED_ON = LocalDate.of(2026, 2, 28);

  private SvkitClient buyer;
  private SvkitClient manager;
  private SvkitClient supplier;

  @BeforeEach
  void connect() {
    buyer = Clients.of(endpoint(), Tokens.of(WIRRAL, "buyer"));
    manager = Clients.of(endpoint(), Tokens.of(WIRRAL, "contract-manager"));
    supplier = Clients.of(endpoint(), Tokens.of(SUPPLIER, "supplier"));
  }

  @AfterEach
  void close() {
    buyer.close();
    manager.close();
    supplier.close();
  }

  private static ContractCommitmentInput kpi(String measure, String wholeContractTarget) {
    return ContractCommitmentInput.builder(measure, new BigDecimal(wholeContractTarget))
        .period(CommitmentPeriod.WHOLE_CONTRACT)
        .reportingFrequency(ReportingFrequency.MONTHLY)
        .placeCode("E08000015")
        .build();
  }

  private Contract sixMillionContract() {
    return buyer
        .contracts()
        .createContract(
            CreateContractOptions.builder()
                .buyerContractId(unique("PA-").replace(' ', '-'))
                .title("Wirral community care (Procurement Act)")
                .supplierOrganisationId(SUPPLIER_ID)
                .value(new BigDecimal("6000000"))
                .startDate(START)
                .endDate(END)
                .placesServed(List.of("E08000015"))
                .frameworkCode("SVK-LOCAL")
                .edition("1")
                // Whole-contract targets: per month 1 job, 10 training weeks, £1,000, 100 hours.
                .addCommitment(kpi("LM-EMP-01", "24"))
                .addCommitment(kpi("LM-SKL-01", "240"))
                .addCommitment(kpi("LM-SUP-01", "24000"))
                .addCommitment(kpi("LM-WEL-01", "2400"))
                .build());
  }

  /** Monthly returns Jan 2025 – Feb 2026 (14 months), each validated by the buyer. */
  private void returnsOver14Months(Contract contract, Map<String, String> kpiByMeasure) {
    Map<String, String> perMonth =
        Map.of("LM-EMP-01", "1", "LM-SKL-01", "9", "LM-SUP-01", "1000", "LM-WEL-01", "100");
    List<BulkReturnItem> items = new ArrayList<>();
    for (int m = 0; m < 14; m++) {
      LocalDate from = START.plusMonths(m);
      LocalDate to = from.plusMonths(1).minusDays(1);
      perMonth.forEach(
          (measure, quantity) ->
              items.add(
                  BulkReturnItem.of(
                      contract.getId(),
                      kpiByMeasure.get(measure),
                      SubmitReturnOptions.builder(from, to, new BigDecimal(quantity)).build())));
    }
    BulkResult bulk = supplier.contracts().submitReturns(items);
    assertEquals(56, bulk.getAccepted());
    for (String returnId : bulk.getReturnIds()) {
      buyer.contracts().validateReturn(buyer.contracts().getReturn(contract.getId(), returnId));
    }
  }

  private static void assertValidUkOcds(String release) throws Exception {
    assertEquals(
        List.of(), OcdsSchema.validateUk(release).stream().map(Object::toString).toList(), release);
  }

  private static AssessedKpi kpiOf(PerformanceAssessment a, String commitmentId) {
    return a.getKpis().stream()
        .filter(k -> k.getCommitmentId().equals(commitmentId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aContractsWholeProcurementActLife() throws Exception {
    Contract contract = sixMillionContract();
    Map<String, String> kpi =
        contract.getCommitments().stream()
            .collect(
                Collectors.toMap(ContractCommitment::getMeasureCode, ContractCommitment::getId));
    String jobs = kpi.get("LM-EMP-01");
    String training = kpi.get("LM-SKL-01");
    String spend = kpi.get("LM-SUP-01");
    String volunteering = kpi.get("LM-WEL-01");

    // KPIs at award: the three most material are published in the Contract Details Notice.
    assertThrows(
        ValidationException.class,
        () ->
            buyer
                .contractLife()
                .setMaterialKpis(
                    contract.getId(),
                    List.of(jobs, training, spend, volunteering),
                    contract.getETag()));
    Contract marked =
        buyer
            .contractLife()
            .setMaterialKpis(contract.getId(), List.of(jobs, training, spend), contract.getETag());
    assertEquals(
        3, marked.getCommitments().stream().filter(ContractCommitment::isMostMaterial).count());
    ContractKpiNotice cdn = supplier.contractLife().getContractKpiNotice(contract.getId());
    assertEquals(
        List.of(jobs, training, spend),
        cdn.getKpis().stream().map(e -> e.getCommitmentId()).toList());
    assertEquals(
        0, new BigDecimal("24000").compareTo(cdn.getKpis().get(2).getWholeContractTarget()));
    String cdnRelease = buyer.contractLife().exportContractKpiNoticeOcds(contract.getId());
    assertValidUkOcds(cdnRelease);
    assertTrue(cdnRelease.contains("\"agreedMetrics\""), cdnRelease);

    returnsOver14Months(contract, kpi);

    // Month 7: the local spend KPI is re-targeted to £48,000 over the contract from 1 July 2025.
    assertThrows(
        PermissionDeniedException.class,
        () ->
            supplier
                .contractLife()
                .varyContract(
                    contract.getId(),
                    VaryContractOptions.builder("no", MONTH_7).value(BigDecimal.ONE).build(),
                    marked.getETag()));
    ContractModification variation =
        manager
            .contractLife()
            .varyContract(
                contract.getId(),
                VaryContractOptions.builder("Local supply chain target doubled", MONTH_7)
                    .retargetCommitment(spend, new BigDecimal("48000"), null)
                    .build(),
                marked.getETag());
    assertEquals(1, variation.getSequenceNumber());
    assertEquals("KPI_RETARGETED", variation.getChanges().get(0).getType());
    assertEquals("24000 WHOLE_CONTRACT", variation.getChanges().get(0).getFrom());
    assertNotNull(variation.getETag(), "the contract's new ETag, for the next change");

    // A failure against the re-targeted KPI, reported by the annual notice.
    PerformanceFailure failure =
        manager
            .contractLife()
            .recordPerformanceFailure(
                contract.getId(),
                RecordPerformanceFailureOptions.builder(
                        LocalDate.of(2025, 9, 15), "Local spend fell short for the quarter")
                    .commitmentId(spend)
                    .remedy("Remediation plan by 31 October")
                    .build());
    PerformanceFailure followedUp =
        manager.contractLife().followUpPerformanceFailure(failure, "Plan agreed", "REMEDIED");
    assertEquals("REMEDIED", followedUp.getStatus());

    // The annual assessment: ratings proposed from 2025's delivery against the targets in force.
    PerformanceAssessment draft =
        manager
            .contractLife()
            .createAssessment(
                contract.getId(),
                CreateAssessmentOptions.period(START, LocalDate.of(2025, 12, 31)));
    assertEquals("DRAFT", draft.getStatus());
    assertEquals(4, draft.getKpis().size());
    assertEquals(Rating.GOOD, kpiOf(draft, jobs).getProposedRating()); // 12 of 12
    assertEquals(Rating.APPROACHING_TARGET, kpiOf(draft, training).getProposedRating()); // 0.9
    // 12,000 delivered against 24,000 x 181/730 + 48,000 x 184/730 = 18,049.32 expected (0.66):
    // under the award's target alone it would have been Good.
    AssessedKpi spendKpi = kpiOf(draft, spend);
    assertEquals(0, new BigDecimal("18049.3151").compareTo(spendKpi.getExpected()));
    assertEquals(0, new BigDecimal("12000").compareTo(spendKpi.getDelivered()));
    assertEquals(Rating.REQUIRES_IMPROVEMENT, spendKpi.getProposedRating());
    assertThrows(
        BusinessRuleException.class,
        () ->
            manager
                .contractLife()
                .reviewAssessment(
                    draft,
                    ReviewAssessmentOptions.builder().rate(training, Rating.GOOD, null).build()));
    PerformanceAssessment reviewed =
        manager
            .contractLife()
            .reviewAssessment(
                draft,
                ReviewAssessmentOptions.builder()
                    .narrative("Strong year; training places were limited by the college's intake.")
                    .rate(
                        training,
                        Rating.GOOD,
                        "The college cut its intake; the supplier filled every place offered")
                    .build());
    assertEquals(Rating.GOOD, kpiOf(reviewed, training).getRating());
    assertEquals(Rating.APPROACHING_TARGET, kpiOf(reviewed, training).getProposedRating());
    PerformanceAssessment annual = manager.contractLife().publishAssessment(reviewed);
    assertEquals("PUBLISHED", annual.getStatus());
    assertEquals(1, annual.getFailures().size());
    assertEquals("REMEDIED", annual.getFailures().get(0).getStatus());
    assertThrows(
        ConflictException.class,
        () ->
            manager
                .contractLife()
                .reviewAssessment(
                    annual, ReviewAssessmentOptions.builder().narrative("changed").build()));

    String annualRelease =
        supplier.contractLife().exportAssessmentOcds(contract.getId(), annual.getId());
    assertValidUkOcds(annualRelease);
    assertTrue(annualRelease.contains("\"measureClassification\""), annualRelease);
    assertTrue(
        annualRelease.contains("\"id\":\"below\""), "Requires improvement: " + annualRelease);
    assertTrue(annualRelease.contains("\"implementationNotice\""), annualRelease);
    assertTrue(annualRelease.contains("\"performanceFailures\""), annualRelease);
    String csv = buyer.contractLife().exportAssessmentCsv(contract.getId(), annual.getId());
    assertTrue(csv.startsWith("record,contractId"), csv);
    assertTrue(csv.contains("Approaching target,Good,The college cut its intake"), csv);
    assertTrue(csv.contains("FAILURE,"), csv);

    // A correction supersedes the published notice once published itself.
    PerformanceAssessment correction =
        manager
            .contractLife()
            .createAssessment(contract.getId(), CreateAssessmentOptions.correcting(annual.getId()));
    PerformanceAssessment corrected =
        manager
            .contractLife()
            .publishAssessment(
                manager
                    .contractLife()
                    .reviewAssessment(
                        correction,
                        ReviewAssessmentOptions.builder()
                            .narrative("Corrected: narrative as agreed with the supplier.")
                            .rate(training, Rating.GOOD, "The college cut its intake")
                            .build()));
    assertEquals(annual.getPeriodEnd(), corrected.getPeriodEnd());
    PerformanceAssessment superseded =
        buyer.contractLife().getAssessment(contract.getId(), annual.getId());
    assertEquals("SUPERSEDED", superseded.getStatus());
    assertEquals(corrected.getId(), superseded.getSupersededById());

    // Termination: no returns after it, no further variation, and a notice on termination due.
    Contract current = buyer.contracts().getContract(contract.getId());
    ContractModification termination =
        buyer
            .contractLife()
            .terminateContract(
                contract.getId(), TERMINATED_ON, "Service brought in-house", current.getETag());
    assertEquals(2, termination.getSequenceNumber());
    assertEquals("TERMINATION", termination.getKind());
    Contract terminated = buyer.contracts().getContract(contract.getId());
    assertEquals("TERMINATED", terminated.getStatus());
    assertEquals(TERMINATED_ON, terminated.getTerminatedOn());
    assertThrows(
        BusinessRuleException.class,
        () ->
            supplier
                .contracts()
                .submitReturn(
                    contract.getId(),
                    jobs,
                    SubmitReturnOptions.builder(
                            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), BigDecimal.ONE)
                        .build()));
    assertThrows(
        ConflictException.class,
        () ->
            buyer
                .contractLife()
                .varyContract(
                    contract.getId(),
                    VaryContractOptions.builder("late", TERMINATED_ON)
                        .value(BigDecimal.TEN)
                        .build(),
                    terminated.getETag()));
    assertTrue(
        buyer.contractLife().listOverdueAssessments().stream()
            .anyMatch(
                o ->
                    o.getContractId().equals(contract.getId())
                        && o.getReason().equals("TERMINATION")));

    PerformanceAssessment onTermination =
        manager
            .contractLife()
            .publishAssessment(
                manager
                    .contractLife()
                    .createAssessment(
                        contract.getId(),
                        CreateAssessmentOptions.onTermination(
                            LocalDate.of(2026, 1, 1), TERMINATED_ON)));
    assertEquals("TERMINATION", onTermination.getKind());
    String terminationRelease =
        buyer.contractLife().exportAssessmentOcds(contract.getId(), onTermination.getId());
    assertValidUkOcds(terminationRelease);
    assertTrue(terminationRelease.contains("\"contractTermination\""), terminationRelease);
    assertTrue(terminationRelease.contains("\"status\":\"terminated\""), terminationRelease);
    for (OverdueAssessment o : buyer.contractLife().listOverdueAssessments()) {
      assertTrue(!o.getContractId().equals(contract.getId()), "no longer overdue");
    }

    // The readable history.
    List<ContractModification> history = new ArrayList<>();
    supplier.contractLife().listContractModifications(contract.getId()).forEach(history::add);
    assertEquals(
        List.of("VARIATION", "TERMINATION"),
        history.stream().map(ContractModification::getKind).toList());
    assertEquals("Local supply chain target doubled", history.get(0).getReason());
    assertEquals(MONTH_7, history.get(0).getEffectiveOn());
    List<PerformanceAssessment> published = new ArrayList<>();
    supplier.contractLife().listAssessments(contract.getId()).forEach(published::add);
    assertEquals(3, published.size(), "the supplier sees the published and superseded notices");
  }

  @Test
  void aContractAboveFiveMillionKeepsThreeKpis() {
    Contract contract = sixMillionContract();
    List<String> ids = contract.getCommitments().stream().map(ContractCommitment::getId).toList();
    BusinessRuleException refused =
        assertThrows(
            BusinessRuleException.class,
            () ->
                buyer
                    .contractLife()
                    .varyContract(
                        contract.getId(),
                        VaryContractOptions.builder("Scope reduced", MONTH_7)
                            .retireCommitment(ids.get(0))
                            .retireCommitment(ids.get(1))
                            .build(),
                        contract.getETag()));
    assertEquals("retireCommitmentIds", refused.getErrors().get(0).getField());
    // An assessment over more than 12 months is refused.
    assertThrows(
        BusinessRuleException.class,
        () ->
            buyer
                .contractLife()
                .createAssessment(
                    contract.getId(), CreateAssessmentOptions.period(START, START.plusYears(1))));
    // 12 months with no notice since the start: overdue.
    assertTrue(
        buyer.contractLife().listOverdueAssessments().stream()
            .anyMatch(
                o -> o.getContractId().equals(contract.getId()) && o.getReason().equals("ANNUAL")));
  }
}
