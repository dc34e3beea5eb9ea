package uk.svkit.api.tracking.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.servicetest.ServiceTest;
import uk.svkit.api.servicetest.Services;
import uk.svkit.api.servicetest.TestClock;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.KpiReturn;
import uk.svkit.api.tracking.domain.Rating;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.TargetPeriod;

/**
 * The buyer dashboard's money: a 2026 grounds contract committing 400 volunteering hours at the
 * bundled illustrative £15 an hour, what happens when the buyer also holds a contract in euros, and
 * varied and terminated contracts, whose targets the dashboard and benchmark (reading flat rows)
 * must compute as the contract's progress (reading the entities) does.
 */
@ServiceTest
class DashboardServiceTest {
  @Inject DashboardService dashboards;
  @Inject BenchmarkService benchmarks;
  @Inject ContractChangeService changes;
  @Inject ProgressService progress;
  @Inject ContractService contracts;
  @Inject ReturnService returns;
  @Inject OrganisationService organisations;
  @Inject TestClock clock;

  Caller buyer;
  Caller supplier;
  String supplierId;

  @BeforeEach
  void aBuyerAndASupplier() {
    clock.set("2026-04-10T09:00:00Z");
    String buyerId = Services.organisation(organisations, "Council", OrganisationRole.BUYER);
    supplierId = Services.organisation(organisations, "Grounds Ltd", OrganisationRole.SUPPLIER);
    buyer = Services.user(buyerId, Roles.BUYER);
    supplier = Services.user(supplierId, Roles.SUPPLIER);
  }

  private ContractView contract(String id, Money value, String proxySetId) {
    return contract(id, value, proxySetId, List.of(ReturnServiceTest.volunteeringHours("400")));
  }

  private ContractView contract(
      String id, Money value, String proxySetId, List<ContractService.NewCommitment> kpis) {
    return Services.as(
        buyer,
        () ->
            contracts.create(
                new ContractService.NewContract(
                    supplierId,
                    id,
                    null,
                    "Grounds maintenance",
                    value,
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31),
                    Set.of(),
                    "SVK-LOCAL",
                    "1",
                    proxySetId,
                    kpis)));
  }

  private static Money pounds(String amount) {
    return Money.of(new BigDecimal(amount), "GBP");
  }

  @Test
  void aBuyerWithoutContractsSeesNoPoundsAtAll() {
    DashboardView dashboard = Services.as(buyer, dashboards::buyerDashboard);

    assertEquals("GBP", dashboard.currency());
    assertEquals(pounds("0"), dashboard.committedValue());
    assertEquals(List.of(), dashboard.byTheme());
  }

  @Test
  void committedClaimedAndValidatedPoundsAddUpInTheContractsCurrency() {
    var created =
        contract("C-1", pounds("100000"), ReturnServiceTest.ILLUSTRATIVE_VALUES).contract();
    String kpiId = created.commitments().get(0).id();
    KpiReturn submitted =
        Services.as(
                supplier,
                () ->
                    returns.submitAll(
                        List.of(
                            new ReturnService.NewReturn(
                                created.id(),
                                kpiId,
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2026, 3, 31),
                                new BigDecimal("100"),
                                "Hours volunteered",
                                List.of())),
                        "returns"))
            .get(0);
    Services.as(buyer, () -> returns.validate(created.id(), submitted.id(), 1));

    DashboardView dashboard = Services.as(buyer, dashboards::buyerDashboard);

    assertEquals("GBP", dashboard.currency());
    assertEquals(pounds("6000"), dashboard.committedValue(), "400 hours at £15");
    assertEquals(pounds("1500"), dashboard.claimedValue());
    assertEquals(pounds("1500"), dashboard.validatedValue());
    assertEquals(pounds("1500"), dashboard.byPeriod().get(0).validatedValue(), "2026 Q1");
    assertEquals(pounds("1500"), dashboard.topContracts().get(0).validatedValue());
  }

  @Test
  void contractsInTwoCurrenciesAreRefusedRatherThanAddedUp() {
    contract("C-GBP", pounds("100000"), ReturnServiceTest.ILLUSTRATIVE_VALUES);
    contract("C-EUR", Money.of(new BigDecimal("80000"), "EUR"), null);

    ProblemException refused =
        assertThrows(ProblemException.class, () -> Services.as(buyer, dashboards::buyerDashboard));

    assertEquals(ProblemType.BUSINESS_RULE_VIOLATED, refused.type());
    assertTrue(refused.getMessage().contains("EUR, GBP"), refused.getMessage());
  }

  /** The supplier's return of {@code hours} for the quarter from {@code start}, validated. */
  private void validatedQuarter(String contractId, String kpiId, LocalDate start, String hours) {
    KpiReturn submitted =
        Services.as(
                supplier,
                () ->
                    returns.submitAll(
                        List.of(
                            new ReturnService.NewReturn(
                                contractId,
                                kpiId,
                                start,
                                start.plusMonths(3).minusDays(1),
                                new BigDecimal(hours),
                                "Hours volunteered",
                                List.of())),
                        "returns"))
            .get(0);
    Services.as(buyer, () -> returns.validate(contractId, submitted.id(), submitted.version()));
  }

  @Test
  void variedAndTerminatedContractsAreRatedAndValuedAsTheirProgress() {
    clock.set("2026-07-10T09:00:00Z");
    LocalDate april = LocalDate.of(2026, 4, 1);
    var varied =
        contract(
                "C-VARIED",
                pounds("100000"),
                ReturnServiceTest.ILLUSTRATIVE_VALUES,
                List.of(
                    ReturnServiceTest.volunteeringHours("400"),
                    ReturnServiceTest.volunteeringHours("100")))
            .contract();
    String retargeted = varied.commitments().get(0).id();
    String retired = varied.commitments().get(1).id();
    validatedQuarter(varied.id(), retargeted, LocalDate.of(2026, 1, 1), "200");
    validatedQuarter(varied.id(), retired, LocalDate.of(2026, 1, 1), "30");
    long version = Services.as(buyer, () -> contracts.get(varied.id())).contract().version();
    Services.as(
        buyer,
        () ->
            changes.vary(
                varied.id(),
                version,
                new ContractChangeService.Variation(
                    "Scope change",
                    april,
                    null,
                    null,
                    List.of(
                        new ContractService.NewCommitment(
                            "LM-VOL-01",
                            null,
                            new BigDecimal("10"),
                            TargetPeriod.PER_QUARTER,
                            ReportingFrequency.QUARTERLY,
                            "E08000015",
                            null,
                            null,
                            Commitment.Adjustments.NONE)),
                    List.of(retired),
                    List.of(
                        new ContractChangeService.Retarget(
                            retargeted, new BigDecimal("800"), TargetPeriod.WHOLE_CONTRACT)))));
    String added =
        Services.as(buyer, () -> contracts.get(varied.id())).contract().commitments().stream()
            .filter(k -> april.equals(k.effectiveFrom()))
            .findFirst()
            .orElseThrow()
            .id();
    validatedQuarter(varied.id(), retargeted, april, "50");
    validatedQuarter(varied.id(), added, april, "12");
    var terminated =
        contract(
                "C-TERMINATED",
                pounds("50000"),
                ReturnServiceTest.ILLUSTRATIVE_VALUES,
                List.of(ReturnServiceTest.volunteeringHours("365")))
            .contract();
    validatedQuarter(
        terminated.id(), terminated.commitments().get(0).id(), LocalDate.of(2026, 1, 1), "100");
    long terminatedVersion =
        Services.as(buyer, () -> contracts.get(terminated.id())).contract().version();
    Services.as(
        buyer,
        () ->
            changes.terminate(
                terminated.id(), terminatedVersion, LocalDate.of(2026, 5, 31), "Insolvency"));

    DashboardView dashboard = Services.as(buyer, dashboards::buyerDashboard);

    // Whole-life targets: 400 hours for 90 days then 800 for 275 (701.3699), the retired KPI's 100
    // for 90 days (24.6575), the added 10 a quarter for 275 days (30.1370), and the terminated
    // contract's 365 for its 151 days; at £15 an hour, rounded per KPI.
    assertEquals(pounds("13607.47"), dashboard.committedValue());
    Money committed = pounds("0");
    for (String id : List.of(varied.id(), terminated.id())) {
      LocalDate today = LocalDate.of(2026, 7, 10);
      ContractProgressView own = Services.as(buyer, () -> progress.progress(id, today));
      ContractFigureView figure =
          dashboard.topContracts().stream()
              .filter(f -> f.contractId().equals(id))
              .findFirst()
              .orElseThrow();
      assertEquals(own.rating(), figure.rating(), id);
      assertEquals(own.validatedValue(), figure.validatedValue(), id);
      for (CommitmentProgressView kpi : own.commitments()) {
        committed =
            committed.plus(Money.of(kpi.progress().target().multiply(new BigDecimal("15")), "GBP"));
      }
    }
    assertEquals(committed, dashboard.committedValue(), "the targets the progress computes");
    // Naive targets rate both inadequate: the current 800 over the whole year (0.60 of 418.6
    // expected), the retired and added KPIs over all of it, the terminated contract to its end.
    // Those in force: 250 of 320 hours expected (0.78); 100 of 151 (0.66).
    assertEquals(
        List.of(Rating.REQUIRES_IMPROVEMENT, Rating.REQUIRES_IMPROVEMENT),
        dashboard.atRiskContracts().stream().map(ContractFigureView::rating).toList());
    assertEquals(pounds("5880.00"), dashboard.validatedValue(), "392 hours at £15");

    Services.run(buyer, () -> benchmarks.optIn(true));
    BenchmarkIndicatorView delivered =
        Services.as(buyer, benchmarks::benchmark).indicators().stream()
            .filter(i -> i.code().equals("DELIVERED_SHARE"))
            .findFirst()
            .orElseThrow();
    // The mean of 250/701.3699, 30/24.6575 (capped at 1), 12/30.1370 and 100/151.
    assertEquals(new BigDecimal("0.6042"), delivered.own());
  }
}
