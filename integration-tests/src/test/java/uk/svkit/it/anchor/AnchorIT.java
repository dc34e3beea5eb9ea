package uk.svkit.it.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.models.AnchorBenchmark;
import uk.svkit.sdk.models.AnchorBenchmarkIndicator;
import uk.svkit.sdk.models.AnchorCollectiveIndicator;
import uk.svkit.sdk.models.AnchorContractKpis;
import uk.svkit.sdk.models.AnchorDashboard;
import uk.svkit.sdk.models.AnchorIndicator;
import uk.svkit.sdk.models.AnchorIndicatorDeclaration;
import uk.svkit.sdk.models.AnchorIndicatorProgress;
import uk.svkit.sdk.models.AnchorIndicatorReturn;
import uk.svkit.sdk.models.AnchorIndicatorTarget;
import uk.svkit.sdk.models.AnchorPillar;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractCommitmentInput;
import uk.svkit.sdk.models.CreateAnchorIndicatorOptions;
import uk.svkit.sdk.models.CreateContractOptions;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.CreateProgrammeOptions;
import uk.svkit.sdk.models.DeclareAnchorIndicatorOptions;
import uk.svkit.sdk.models.EvidenceKind;
import uk.svkit.sdk.models.EvidenceRef;
import uk.svkit.sdk.models.IndicatorDirection;
import uk.svkit.sdk.models.IndicatorUnit;
import uk.svkit.sdk.models.MaturityLevel;
import uk.svkit.sdk.models.MaturityModel;
import uk.svkit.sdk.models.MaturityPlaceBenchmark;
import uk.svkit.sdk.models.MaturityStage;
import uk.svkit.sdk.models.MaturityStatement;
import uk.svkit.sdk.models.MeasurePillar;
import uk.svkit.sdk.models.Organisation;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.Programme;
import uk.svkit.sdk.models.ProgrammeElementInput;
import uk.svkit.sdk.models.ProgrammeElementKind;
import uk.svkit.sdk.models.ProgrammeKind;
import uk.svkit.sdk.models.PublishMaturityModelOptions;
import uk.svkit.sdk.models.RecordSelfAssessmentOptions;
import uk.svkit.sdk.models.ReportingFrequency;
import uk.svkit.sdk.models.ReturnStatus;
import uk.svkit.sdk.models.Sector;
import uk.svkit.sdk.models.SelfAssessment;
import uk.svkit.sdk.models.SelfAssessmentProgression;
import uk.svkit.sdk.models.SignProgrammeOptions;
import uk.svkit.sdk.models.StatementScore;
import uk.svkit.sdk.models.SubmitAnchorIndicatorReturnOptions;
import uk.svkit.sdk.models.SubmitReturnOptions;

/**
 * Anchor institutions through the SDK: a programme's administering organisation (an ICB) extends
 * the catalogue, anchors declare indicators and submit returns it validates, rejects and sees
 * corrected; the pillar dashboard shows indicators against baseline and target with the contract
 * KPIs mapped to the pillar; benchmarks and the collective view withhold figures below five peers
 * and never count the caller; maturity self-assessments progress and are benchmarked by place. No
 * organisation reads or writes another's figures.
 */
class AnchorIT extends SvkitServer {
  static final String LOCAL_SPEND = "ANC-P1-LOCAL-SPEND";
  static final String SUPPLIER = "GB-COH-09900001";
  static final String SUPPLIER_ID = "8f1f3c39-0000-4000-8000-000000000004";
  static final LocalDate Q1 = LocalDate.of(2025, 1, 1);
  static final LocalDate Q2 = LocalDate.of(2025, 4, 1);

  private SvkitClient admin;
  private final List<SvkitClient> opened = new ArrayList<>();

  @BeforeEach
  void connect() {
    admin = Clients.of(endpoint(), Tokens.admin());
  }

  @AfterEach
  void close() {
    admin.close();
    opened.forEach(SvkitClient::close);
  }

  private record Org(Organisation organisation, SvkitClient client) {
    String id() {
      return organisation.getId();
    }
  }

  private Org newOrg(String name) {
    Organisation o =
        admin
            .organisations()
            .createOrganisation(
                CreateOrganisationOptions.builder()
                    .name(unique(name))
                    .roles(OrganisationRole.BUYER)
                    .identifier(uniqueCompanyIdentifier())
                    .build());
    SvkitClient c = Clients.of(endpoint(), Tokens.of(o.getIdentifier(), "buyer"));
    opened.add(c);
    return new Org(o, c);
  }

  /** An anchor framework with the C&M pillar codes, administered by the ICB. */
  private Programme anchorFramework(Org icb) {
    CreateProgrammeOptions.Builder b =
        CreateProgrammeOptions.builder(
                ("IT-ANC-" + Long.toString(System.nanoTime(), 36)).toUpperCase(),
                ProgrammeKind.ANCHOR_FRAMEWORK,
                "Test anchor framework",
                "2025")
            .administeringOrganisationId(icb.id())
            .launchedOn(LocalDate.of(2024, 1, 1));
    for (int p = 1; p <= 5; p++) {
      b.addElement(
          ProgrammeElementInput.of("P" + p, ProgrammeElementKind.PILLAR, "Pillar " + p, null));
    }
    return admin.recognitions().createProgramme(b.build());
  }

  private static void sign(Org anchor, Programme programme) {
    anchor
        .client()
        .recognitions()
        .signProgramme(
            programme.getId(),
            SignProgrammeOptions.builder("Chief Executive", "CEO", Sector.NHS)
                .signedOn(LocalDate.of(2024, 6, 1))
                .build());
  }

  private static AnchorIndicatorDeclaration declareLocalSpend(Org anchor, Programme programme) {
    return anchor
        .client()
        .anchors()
        .declareIndicator(
            programme.getId(),
            anchor.id(),
            DeclareAnchorIndicatorOptions.builder(
                    LOCAL_SPEND,
                    ReportingFrequency.QUARTERLY,
                    Q1,
                    new BigDecimal("20"),
                    LocalDate.of(2024, 12, 31))
                .addTarget(
                    AnchorIndicatorTarget.of(LocalDate.of(2026, 12, 31), new BigDecimal("30")))
                .build());
  }

  private static SubmitAnchorIndicatorReturnOptions quarter(LocalDate start, String value) {
    return SubmitAnchorIndicatorReturnOptions.builder(
            start, start.plusMonths(3).minusDays(1), new BigDecimal(value))
        .narrative("From the finance ledger")
        .addEvidence(
            EvidenceRef.builder(EvidenceKind.URL, "https://evidence.example.org/spend/" + start)
                .build())
        .build();
  }

  private static void validated(Org icb, Org anchor, AnchorIndicatorDeclaration d, String value) {
    AnchorIndicatorReturn r = anchor.client().anchors().submitReturn(d.getId(), quarter(Q2, value));
    icb.client().anchors().validateReturn(r);
  }

  private static boolean same(String expected, BigDecimal actual) {
    return actual != null && new BigDecimal(expected).compareTo(actual) == 0;
  }

  @Test
  void anchorsReportIndicatorsThatTheProgrammeValidatesAndSeeThemByPillarAndAgainstPeers() {
    Org icb = newOrg("Test ICB");
    Org anchor = newOrg("Test anchor trust");
    Programme programme = anchorFramework(icb);

    // The catalogue: svkit's shipped indicators for the pillars, extended by the administrators.
    List<AnchorIndicator> catalogue =
        admin.anchors().listIndicators(programme.getId()).stream().toList();
    assertTrue(catalogue.stream().anyMatch(i -> i.getCode().equals(LOCAL_SPEND)));
    AnchorIndicator own =
        icb.client()
            .anchors()
            .createIndicator(
                programme.getId(),
                CreateAnchorIndicatorOptions.builder(
                        "IT-P2-GREEN-HOURS",
                        "P2",
                        "Hours of community use of green space",
                        IndicatorUnit.HOURS,
                        IndicatorDirection.HIGHER_IS_BETTER)
                    .build());
    assertEquals(programme.getId(), own.getProgrammeId());
    assertThrows(
        PermissionDeniedException.class,
        () ->
            anchor
                .client()
                .anchors()
                .createIndicator(
                    programme.getId(),
                    CreateAnchorIndicatorOptions.builder(
                            "IT-X",
                            "P2",
                            "x",
                            IndicatorUnit.COUNT,
                            IndicatorDirection.HIGHER_IS_BETTER)
                        .build()));
    MeasurePillar mapping =
        icb.client().anchors().createMeasurePillar(programme.getId(), "LM-EMP-01", "P1");
    List<MeasurePillar> mappings =
        admin.anchors().listMeasurePillars(programme.getId()).stream().toList();
    assertTrue(mappings.stream().anyMatch(m -> m.getId().equals(mapping.getId())));
    assertTrue(
        mappings.stream()
            .anyMatch(
                m -> m.getMeasureCode().equals("LM-SUP-01") && m.getPillarCode().equals("P1")));

    // Only signatories declare.
    assertThrows(BusinessRuleException.class, () -> declareLocalSpend(anchor, programme));
    sign(anchor, programme);
    AnchorIndicatorDeclaration declaration = declareLocalSpend(anchor, programme);
    assertEquals("P1", declaration.getPillarCode());
    assertEquals(IndicatorUnit.PERCENT, declaration.getUnit());
    assertThrows(ConflictException.class, () -> declareLocalSpend(anchor, programme));

    // Returns follow the contract returns' rules.
    AnchorIndicatorReturn first =
        anchor.client().anchors().submitReturn(declaration.getId(), quarter(Q1, "22"));
    assertEquals(ReturnStatus.SUBMITTED, first.getStatus());
    assertThrows(
        ConflictException.class,
        () -> anchor.client().anchors().submitReturn(declaration.getId(), quarter(Q1, "21")));
    ApiException badPeriod =
        assertThrows(
            ApiException.class,
            () ->
                anchor
                    .client()
                    .anchors()
                    .submitReturn(
                        declaration.getId(),
                        SubmitAnchorIndicatorReturnOptions.builder(
                                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30), BigDecimal.ONE)
                            .addEvidence(
                                EvidenceRef.builder(EvidenceKind.DOCUMENT, "dms-1").build())
                            .build()));
    assertEquals(422, badPeriod.getStatusCode());
    assertThrows(
        PermissionDeniedException.class, () -> anchor.client().anchors().validateReturn(first));

    // Another anchor neither reads nor reviews it.
    Org stranger = newOrg("Stranger trust");
    assertThrows(
        NotFoundException.class, () -> stranger.client().anchors().getReturn(first.getId()));
    assertThrows(NotFoundException.class, () -> stranger.client().anchors().validateReturn(first));
    assertThrows(
        NotFoundException.class,
        () -> stranger.client().anchors().getDeclaration(declaration.getId()));
    assertThrows(
        NotFoundException.class,
        () -> stranger.client().anchors().getDashboard(programme.getId(), anchor.id()));
    assertThrows(
        NotFoundException.class,
        () -> stranger.client().anchors().getBenchmark(programme.getId(), anchor.id()));

    // The ICB rejects Q1; the anchor corrects it; the ICB validates the correction and Q2.
    AnchorIndicatorReturn rejected =
        icb.client().anchors().rejectReturn(first, "The ledger extract is missing");
    assertEquals(ReturnStatus.REJECTED, rejected.getStatus());
    AnchorIndicatorReturn correction =
        anchor
            .client()
            .anchors()
            .correctReturn(
                rejected,
                new BigDecimal("23"),
                "Extract attached",
                List.of(
                    EvidenceRef.builder(EvidenceKind.URL, "https://evidence.example.org/q1-ledger")
                        .build()));
    assertEquals(first.getId(), correction.getSupersedesReturnId());
    icb.client().anchors().validateReturn(correction);
    validated(icb, anchor, declaration, "26");
    List<AnchorIndicatorReturn> history =
        anchor.client().anchors().listReturns(declaration.getId()).stream().toList();
    // Q1's original and its correction share the period (listed by id within it), then Q2.
    assertEquals(3, history.size());
    assertEquals(
        1,
        history.subList(0, 2).stream()
            .filter(r -> r.getStatus().equals(ReturnStatus.SUPERSEDED))
            .count());
    assertEquals(ReturnStatus.VALIDATED, history.get(2).getStatus());
    assertEquals(Q2, history.get(2).getPeriodStart());

    // A contract KPI on a mapped measure counts towards the pillar.
    Contract contract =
        anchor
            .client()
            .contracts()
            .createContract(
                CreateContractOptions.builder()
                    .buyerContractId(unique("ANC-C").replace(' ', '-'))
                    .title("Estates maintenance")
                    .supplierOrganisationId(SUPPLIER_ID)
                    .value(new BigDecimal("400000"))
                    .startDate(LocalDate.of(2025, 1, 1))
                    .endDate(LocalDate.of(2025, 12, 31))
                    .frameworkCode("SVK-LOCAL")
                    .edition("1")
                    .addCommitment(
                        ContractCommitmentInput.builder("LM-SUP-01", new BigDecimal("50000"))
                            .reportingFrequency(ReportingFrequency.ANNUALLY)
                            .build())
                    .build());
    try (SvkitClient supplier = Clients.of(endpoint(), Tokens.of(SUPPLIER, "supplier"))) {
      var kpiReturn =
          supplier
              .contracts()
              .submitReturn(
                  contract.getId(),
                  contract.getCommitments().get(0).getId(),
                  SubmitReturnOptions.builder(
                          LocalDate.of(2025, 1, 1),
                          LocalDate.of(2025, 12, 31),
                          new BigDecimal("42000"))
                      .build());
      anchor
          .client()
          .contracts()
          .validateReturn(
              anchor.client().contracts().getReturn(contract.getId(), kpiReturn.getId()));
    }

    AnchorDashboard dashboard =
        anchor.client().anchors().getDashboard(programme.getId(), anchor.id());
    Map<String, AnchorPillar> pillars =
        dashboard.getPillars().stream().collect(Collectors.toMap(AnchorPillar::getCode, p -> p));
    assertEquals(5, pillars.size());
    AnchorIndicatorProgress spend = pillars.get("P1").getIndicators().get(0);
    assertEquals(LOCAL_SPEND, spend.getIndicatorCode());
    assertEquals(2, spend.getPeriods().size());
    assertTrue(same("23", spend.getPeriods().get(0).getValidated()));
    assertTrue(same("26", spend.getLatestValidated().getValidated()));
    assertTrue(same("30", spend.getNextTarget().getValue()));
    assertTrue(same("60", spend.getProgressPercent()), "(26 - 20) / (30 - 20)");
    AnchorContractKpis kpis = pillars.get("P1").getContractKpis().get(0);
    assertEquals("LM-SUP-01", kpis.getMeasureCode());
    assertTrue(same("42000", kpis.getValidatedQuantity()));
    assertTrue(pillars.get("P2").getIndicators().isEmpty());
    // The administering organisation reads it too.
    assertEquals(
        anchor.id(),
        icb.client().anchors().getDashboard(programme.getId(), anchor.id()).getOrganisationId());

    // Peers: four are too few for a median; the fifth shows it. The anchor is never its own peer.
    List<Org> peers = new ArrayList<>();
    String[] values = {"10", "20", "30", "40", "50"};
    for (int i = 0; i < values.length; i++) {
      Org peer = newOrg("Peer anchor " + i);
      sign(peer, programme);
      AnchorIndicatorDeclaration d = declareLocalSpend(peer, programme);
      validated(icb, peer, d, values[i]);
      peers.add(peer);
      AnchorBenchmarkIndicator b =
          anchor
              .client()
              .anchors()
              .getBenchmark(programme.getId(), anchor.id())
              .getIndicators()
              .get(0);
      assertEquals(i + 1, b.getPeers().getPeers());
      assertTrue(same("26", b.getOwn()));
      if (i < 4) {
        assertNull(b.getPeers().getMedian(), "withheld below five peers");
      }
    }
    AnchorBenchmark benchmark =
        anchor.client().anchors().getBenchmark(programme.getId(), anchor.id());
    assertEquals(5, benchmark.getMinPeers());
    AnchorBenchmarkIndicator spendBenchmark = benchmark.getIndicators().get(0);
    assertTrue(same("30", spendBenchmark.getPeers().getMedian()));
    assertTrue(same("20", spendBenchmark.getPeers().getP25()));
    assertTrue(same("40", spendBenchmark.getPeers().getP75()));
    AnchorBenchmarkIndicator fromAPeer =
        peers
            .get(0)
            .client()
            .anchors()
            .getBenchmark(programme.getId(), peers.get(0).id())
            .getIndicators()
            .get(0);
    assertEquals(5, fromAPeer.getPeers().getPeers(), "the other four and the first anchor");
    assertTrue(same("10", fromAPeer.getOwn()));
    assertTrue(same("30", fromAPeer.getPeers().getMedian()), "20, 26, 30, 40, 50");

    // The collective view: six signatories' figures, a spread (percentages are not added up).
    AnchorCollectiveIndicator collective =
        stranger.client().anchors().getCollectiveView(programme.getId()).getIndicators().stream()
            .filter(i -> i.getIndicatorCode().equals(LOCAL_SPEND))
            .findFirst()
            .orElseThrow();
    assertEquals(6, collective.getSignatories());
    assertNull(collective.getTotal());
    assertTrue(same("28", collective.getSpread().getMedian()), "10, 20, 26, 30, 40, 50");
  }

  private static PublishMaturityModelOptions twoLevelModel(String code) {
    PublishMaturityModelOptions.Builder b =
        PublishMaturityModelOptions.builder(code, "Test maturity model")
            .addLevel(MaturityLevel.of(1, "Not yet", null))
            .addLevel(MaturityLevel.of(2, "In place", null));
    for (MaturityStage stage : MaturityStage.values()) {
      b.addStatement(MaturityStatement.of(stage + "-1", stage, "We do " + stage));
    }
    return b.build();
  }

  private static SelfAssessment assess(
      Org org, MaturityModel model, LocalDate on, String place, int plan, int others) {
    RecordSelfAssessmentOptions.Builder b =
        RecordSelfAssessmentOptions.builder(model.getId(), place).assessedOn(on);
    for (MaturityStage stage : MaturityStage.values()) {
      b.addScore(
          StatementScore.of(
              stage + "-1", stage == MaturityStage.PLAN ? plan : others, "Board paper " + on));
    }
    return org.client().anchors().recordSelfAssessment(b.build());
  }

  @Test
  void organisationsAssessTheirCommissioningMaturityAndCompareByPlaceAnonymously() {
    // svkit's own model ships with every stage and a five-level scale.
    MaturityModel shipped =
        admin.anchors().listMaturityModels().stream()
            .filter(m -> m.getCode().equals("SVK-CCM"))
            .findFirst()
            .orElseThrow();
    assertNull(shipped.getProgrammeId());
    assertEquals(5, shipped.getLevels().size());
    assertEquals(12, shipped.getStatements().size());

    Org icb = newOrg("Assessing ICB");
    Org anchor = newOrg("Assessing trust");
    Programme programme = anchorFramework(icb);
    String code = ("IT-CCM-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
    MaturityModel v1 =
        icb.client().anchors().publishMaturityModel(programme.getId(), twoLevelModel(code));
    assertEquals(1, v1.getModelVersion());
    assertEquals(
        2,
        icb.client()
            .anchors()
            .publishMaturityModel(programme.getId(), twoLevelModel(code))
            .getModelVersion());
    assertThrows(
        PermissionDeniedException.class,
        () ->
            anchor.client().anchors().publishMaturityModel(programme.getId(), twoLevelModel(code)));
    assertThrows(
        ConflictException.class,
        () ->
            icb.client()
                .anchors()
                .publishMaturityModel(programme.getId(), twoLevelModel("SVK-CCM")));

    // Every statement scored once, on the scale.
    assertThrows(
        BusinessRuleException.class,
        () ->
            anchor
                .client()
                .anchors()
                .recordSelfAssessment(
                    RecordSelfAssessmentOptions.builder(v1.getId(), "E08000012")
                        .addScore(StatementScore.of("PLAN-1", 3, null))
                        .build()));

    SelfAssessment before = assess(anchor, v1, LocalDate.of(2025, 6, 1), "E08000012", 1, 1);
    SelfAssessment after = assess(anchor, v1, LocalDate.of(2026, 1, 15), "E08000012", 2, 1);
    assertTrue(after.isLatest());
    assertTrue(same("2", after.getStageScore(MaturityStage.PLAN)));
    assertTrue(same("1.25", after.getOverallScore()));
    SelfAssessmentProgression progression = anchor.client().anchors().getProgression(v1.getId());
    assertEquals(2, progression.getSteps().size());
    assertTrue(progression.getSteps().get(0).getStageChanges().isEmpty());
    assertTrue(same("1", progression.getSteps().get(1).getStageChanges().get("PLAN")));
    assertTrue(same("0", progression.getSteps().get(1).getStageChanges().get("REVIEW")));
    assertEquals(
        List.of(before.getId(), after.getId()),
        anchor.client().anchors().listSelfAssessments(v1.getId()).stream()
            .map(SelfAssessment::getId)
            .toList());

    // Another organisation's assessment does not exist for you.
    assertThrows(
        NotFoundException.class, () -> icb.client().anchors().getSelfAssessment(after.getId()));

    // The place benchmark: latest assessments of others only; withheld below five.
    int[] plans = {1, 1, 2, 2, 2};
    for (int i = 0; i < plans.length; i++) {
      Org peer = newOrg("Assessing peer " + i);
      assess(peer, v1, LocalDate.of(2025, 12, 1), "E08000012", plans[i], 2);
      MaturityPlaceBenchmark b =
          anchor.client().anchors().getPlaceBenchmark(v1.getId(), "E08000012");
      assertEquals(i + 1, b.getOverall().getPeers());
      if (i < 4) {
        assertNull(b.getStages().get(0).getPeers().getMedian());
      }
    }
    MaturityPlaceBenchmark benchmark =
        anchor.client().anchors().getPlaceBenchmark(v1.getId(), "E08000012");
    assertEquals(MaturityStage.PLAN, benchmark.getStages().get(0).getStage());
    assertTrue(same("2", benchmark.getStages().get(0).getOwn()));
    assertTrue(same("2", benchmark.getStages().get(0).getPeers().getMedian()));
    assertTrue(same("1", benchmark.getStages().get(0).getPeers().getP25()));
    assertTrue(same("1.25", benchmark.getOwnOverall()));
    assertNotNull(benchmark.getOverall().getMedian());
    assertEquals(
        0,
        anchor
            .client()
            .anchors()
            .getPlaceBenchmark(v1.getId(), "E08000015")
            .getOverall()
            .getPeers());
  }
}
