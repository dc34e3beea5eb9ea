package uk.svkit.it.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.models.CommitmentPeriod;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractCommitment;
import uk.svkit.sdk.models.ContractCommitmentInput;
import uk.svkit.sdk.models.ContractProgress;
import uk.svkit.sdk.models.ContractReturn;
import uk.svkit.sdk.models.CorrectReturnOptions;
import uk.svkit.sdk.models.CreateContractOptions;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.Dashboard;
import uk.svkit.sdk.models.DashboardContract;
import uk.svkit.sdk.models.DashboardRow;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.ReportingFrequency;
import uk.svkit.sdk.models.SubmitReturnOptions;
import uk.svkit.sdk.models.VaryContractOptions;

/**
 * The buyer dashboard reads totals kept with every return write: after submissions, a validation, a
 * rejection and a correction its pounds are exactly what the returns are worth, rounded per KPI
 * (and per KPI and quarter for the quarters), as when they were summed from every return. A varied
 * or terminated contract counts the targets in force, as its progress does. Read between changes,
 * the dashboard follows each one (its figures are kept per contract and recomputed for the
 * contracts changed since the last read).
 */
class KeptDashboardTotalsIT extends SvkitServer {
  private static final String SUPPLIER = "GB-COH-09900001";
  private static final String SUPPLIER_ID = "8f1f3c39-0000-4000-8000-000000000004";

  @Test
  void everyReturnStepMovesTheKeptPoundsByWhatItIsWorth() {
    SvkitClient buyer = newBuyer("Kept Totals Council");
    try (buyer;
        SvkitClient supplier = Clients.of(endpoint(), Tokens.of(SUPPLIER, "supplier"))) {
      // Volunteer hours are worth £15 each in this proxy set.
      Contract contract =
          buyer
              .contracts()
              .createContract(
                  CreateContractOptions.builder()
                      .buyerContractId(unique("KEPT").replace(' ', '-'))
                      .title("Kept totals")
                      .supplierOrganisationId(SUPPLIER_ID)
                      .value(new BigDecimal("100000"))
                      .startDate(LocalDate.of(2026, 1, 1))
                      .endDate(LocalDate.of(2027, 12, 31))
                      .frameworkCode("SVK-LOCAL")
                      .edition("1")
                      .proxySetId("f274eec2-15a5-55a8-b0ed-d650872afa14")
                      .addCommitment(
                          ContractCommitmentInput.builder("LM-VOL-01", new BigDecimal("730"))
                              .reportingFrequency(ReportingFrequency.QUARTERLY)
                              .placeCode("E08000015")
                              .build())
                      .addCommitment(
                          ContractCommitmentInput.builder("LM-VOL-01", new BigDecimal("10"))
                              .reportingFrequency(ReportingFrequency.MONTHLY)
                              .placeCode("E08000015")
                              .build())
                      .build());
      String quarterly = contract.getCommitments().get(0).getId();
      String monthly = contract.getCommitments().get(1).getId();
      assertPounds(
          "0.00",
          buyer.dashboards().getBuyerDashboard().getTotals().getClaimedValue(),
          "nothing claimed yet");

      // Quarterly KPI: 10 hours in Q1, validated; 4 in Q2, rejected, then corrected to 6.
      ContractReturn q1 =
          supplier.contracts().submitReturn(contract.getId(), quarterly, hours(1, 3, "10"));
      buyer.contracts().validateReturn(q1);
      Dashboard afterFirst = buyer.dashboards().getBuyerDashboard();
      assertPounds("150.00", afterFirst.getTotals().getClaimedValue(), "10 h claimed");
      assertPounds("150.00", afterFirst.getTopContracts().get(0).getValidatedValue(), "10 h");
      ContractReturn q2 =
          supplier.contracts().submitReturn(contract.getId(), quarterly, hours(4, 6, "4"));
      ContractReturn rejected = buyer.contracts().rejectReturn(q2, "No evidence");
      supplier
          .contracts()
          .correctReturn(rejected, CorrectReturnOptions.builder(new BigDecimal("6")).build());
      // Monthly KPI: a third of an hour in January (validated) and in February. Each is worth
      // £4.995; the quarter's two together £9.99 (rounded once per KPI and quarter, not per
      // return).
      ContractReturn january =
          supplier.contracts().submitReturn(contract.getId(), monthly, hours(1, 1, "0.333"));
      supplier.contracts().submitReturn(contract.getId(), monthly, hours(2, 2, "0.333"));
      buyer.contracts().validateReturn(january);

      Dashboard dashboard = buyer.dashboards().getBuyerDashboard();
      Map<String, DashboardRow> quarters =
          dashboard.getByPeriod().stream()
              .collect(Collectors.toMap(DashboardRow::getKey, row -> row));
      assertEquals(List.of("2026-Q1", "2026-Q2"), quarters.keySet().stream().sorted().toList());
      assertPounds("159.99", quarters.get("2026-Q1").getClaimedValue(), "Q1 claimed: 150 + 9.99");
      assertPounds("155.00", quarters.get("2026-Q1").getValidatedValue(), "Q1 validated: 150 + 5");
      assertPounds("90.00", quarters.get("2026-Q2").getClaimedValue(), "Q2: the correction only");
      assertPounds("0.00", quarters.get("2026-Q2").getValidatedValue(), "Q2: nothing validated");
      assertPounds("249.99", dashboard.getTotals().getClaimedValue(), "16 h + 0.666 h");
      assertPounds("155.00", dashboard.getTotals().getValidatedValue(), "10 h + 0.333 h");
      DashboardRow place = dashboard.getByPlace().get(0);
      assertEquals("E08000015", place.getKey());
      assertPounds("249.99", place.getClaimedValue(), "by place");
      assertPounds("155.00", dashboard.getTopContracts().get(0).getValidatedValue(), "by contract");
    }
  }

  /**
   * Pounds and euros are never added up: a buyer with a contract in each gets a problem naming both
   * currencies rather than a total labelled with one of them.
   */
  @Test
  void aDashboardOverTwoCurrenciesIsRefusedNotMislabelled() {
    SvkitClient buyer = newBuyer("Two Currencies Council");
    try (buyer) {
      buyer.contracts().createContract(contractIn("GBP"));
      assertEquals("GBP", buyer.dashboards().getBuyerDashboard().getCurrency());
      buyer.contracts().createContract(contractIn("EUR"));
      BusinessRuleException problem =
          assertThrows(BusinessRuleException.class, () -> buyer.dashboards().getBuyerDashboard());
      assertEquals(422, problem.getStatusCode());
      assertTrue(
          problem.getDetail().contains("EUR, GBP"),
          "the problem names both currencies: " + problem.getDetail());
    }
  }

  /**
   * The dashboard reads contracts and KPIs as flat rows, not entities: its targets for re-targeted,
   * retired and added KPIs and for a terminated contract are those the contract's progress
   * computes, and so are its ratings and validated pounds.
   */
  @Test
  void variedAndTerminatedContractsCountTheTargetsInForce() {
    SvkitClient buyer = newBuyer("Varied Contracts Council");
    try (buyer;
        SvkitClient supplier = Clients.of(endpoint(), Tokens.of(SUPPLIER, "supplier"))) {
      LocalDate april = LocalDate.of(2026, 4, 1);
      Contract varied =
          buyer
              .contracts()
              .createContract(
                  contractOf(
                      "Varied",
                      hoursKpi("400", CommitmentPeriod.WHOLE_CONTRACT),
                      hoursKpi("100", CommitmentPeriod.WHOLE_CONTRACT)));
      String retargeted = varied.getCommitments().get(0).getId();
      String retired = varied.getCommitments().get(1).getId();
      buyer
          .contracts()
          .validateReturn(
              supplier.contracts().submitReturn(varied.getId(), retargeted, hours(1, 3, "200")));
      buyer
          .contracts()
          .validateReturn(
              supplier.contracts().submitReturn(varied.getId(), retired, hours(1, 3, "30")));
      // Read between changes: each change must reach the figures kept since the last read.
      Dashboard beforeVariation = buyer.dashboards().getBuyerDashboard();
      assertPounds("7500.00", beforeVariation.getTotals().getCommittedValue(), "400 h + 100 h");
      assertPounds("3450.00", beforeVariation.getTotals().getValidatedValue(), "200 h + 30 h");
      buyer
          .contractLife()
          .varyContract(
              varied.getId(),
              VaryContractOptions.builder("Scope change", april)
                  .retargetCommitment(retargeted, new BigDecimal("800"), null)
                  .retireCommitment(retired)
                  .addCommitment(hoursKpi("10", CommitmentPeriod.PER_QUARTER))
                  .build(),
              buyer.contracts().getContract(varied.getId()).getETag());
      String added =
          buyer.contracts().getContract(varied.getId()).getCommitments().stream()
              .map(ContractCommitment::getId)
              .filter(id -> !id.equals(retargeted) && !id.equals(retired))
              .findFirst()
              .orElseThrow();
      buyer
          .contracts()
          .validateReturn(
              supplier.contracts().submitReturn(varied.getId(), retargeted, hours(4, 6, "50")));
      buyer
          .contracts()
          .validateReturn(
              supplier.contracts().submitReturn(varied.getId(), added, hours(4, 6, "12")));
      Contract terminated =
          buyer
              .contracts()
              .createContract(
                  contractOf("Terminated", hoursKpi("365", CommitmentPeriod.WHOLE_CONTRACT)));
      buyer
          .contracts()
          .validateReturn(
              supplier
                  .contracts()
                  .submitReturn(
                      terminated.getId(),
                      terminated.getCommitments().get(0).getId(),
                      hours(1, 3, "100")));
      assertPounds(
          "16817.47",
          buyer.dashboards().getBuyerDashboard().getTotals().getCommittedValue(),
          "varied (£11,342.47) and, before its termination, 365 hours (£5,475.00)");
      buyer
          .contractLife()
          .terminateContract(
              terminated.getId(),
              LocalDate.of(2026, 5, 31),
              "Service brought in-house",
              buyer.contracts().getContract(terminated.getId()).getETag());

      Dashboard dashboard = buyer.dashboards().getBuyerDashboard();

      // Whole-life targets at £15 an hour, rounded per KPI: 400 hours for 90 days then 800 for
      // 275 (701.3699 h, £10,520.55), the retired KPI's 100 for 90 days (24.6575 h, £369.86), the
      // added 10 a quarter for 275 days (30.1370 h, £452.06), and the terminated contract's 365
      // for its 151 days (£2,265.00).
      assertPounds("13607.47", dashboard.getTotals().getCommittedValue(), "committed");
      assertPounds("5880.00", dashboard.getTotals().getValidatedValue(), "392 hours validated");
      for (Contract contract : List.of(varied, terminated)) {
        ContractProgress progress = buyer.contracts().getContractProgress(contract.getId());
        DashboardContract figure =
            dashboard.getTopContracts().stream()
                .filter(f -> f.getContractId().equals(contract.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals(progress.getRating(), figure.getRating(), contract.getTitle());
        assertPounds(
            progress.getValidatedValue().toPlainString(),
            figure.getValidatedValue(),
            contract.getTitle());
      }
    }
  }

  /**
   * Returns written while the dashboard is read again and again: a read recomputes the contracts
   * marked since the last one, skipping marks still held by writers, and no change is lost.
   */
  @Test
  void returnsWrittenDuringReadsAreAllCounted() throws Exception {
    String buyerIdentifier = newBuyerIdentifier("Concurrent Reads Council");
    try (SvkitClient buyer = Clients.of(endpoint(), Tokens.of(buyerIdentifier, "buyer"))) {
      List<Contract> contracts = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        contracts.add(
            buyer
                .contracts()
                .createContract(
                    contractOf(
                        "Concurrent " + i,
                        ContractCommitmentInput.builder("LM-VOL-01", new BigDecimal("120"))
                            .reportingFrequency(ReportingFrequency.MONTHLY)
                            .build())));
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> writers = new ArrayList<>();
        for (Contract contract : contracts) {
          writers.add(
              pool.submit(
                  () -> {
                    try (SvkitClient supplier =
                            Clients.of(endpoint(), Tokens.of(SUPPLIER, "supplier"));
                        SvkitClient validator =
                            Clients.of(endpoint(), Tokens.of(buyerIdentifier, "buyer"))) {
                      String kpi = contract.getCommitments().get(0).getId();
                      for (int month = 1; month <= 12; month++) {
                        validator
                            .contracts()
                            .validateReturn(
                                supplier
                                    .contracts()
                                    .submitReturn(contract.getId(), kpi, hours(month, month, "1")));
                      }
                    }
                    return null;
                  }));
        }
        Future<Integer> reader =
            pool.submit(
                () -> {
                  int reads = 0;
                  try (SvkitClient reading =
                      Clients.of(endpoint(), Tokens.of(buyerIdentifier, "buyer"))) {
                    while (writing.get()) {
                      reading.dashboards().getBuyerDashboard();
                      reads++;
                    }
                  }
                  return reads;
                });
        for (Future<?> writer : writers) {
          writer.get(2, TimeUnit.MINUTES);
        }
        writing.set(false);
        assertTrue(reader.get(1, TimeUnit.MINUTES) > 0, "the dashboard was read during the writes");
      } finally {
        pool.shutdownNow();
      }
      Dashboard dashboard = buyer.dashboards().getBuyerDashboard();
      assertPounds("540.00", dashboard.getTotals().getClaimedValue(), "36 hours claimed");
      assertPounds("540.00", dashboard.getTotals().getValidatedValue(), "36 hours validated");
      for (DashboardContract contract : dashboard.getTopContracts()) {
        assertPounds("180.00", contract.getValidatedValue(), contract.getTitle());
      }
      assertEquals(3, dashboard.getTopContracts().size());
    }
  }

  private SvkitClient newBuyer(String name) {
    return Clients.of(endpoint(), Tokens.of(newBuyerIdentifier(name), "buyer"));
  }

  /** A new buyer organisation's identifier (its org claim). */
  private String newBuyerIdentifier(String name) {
    try (SvkitClient admin = Clients.of(endpoint(), Tokens.admin())) {
      return admin
          .organisations()
          .createOrganisation(
              CreateOrganisationOptions.builder()
                  .name(unique(name))
                  .roles(OrganisationRole.BUYER)
                  .identifier(uniqueCompanyIdentifier())
                  .build())
          .getIdentifier();
    }
  }

  /** A 2026 contract valued with the proxy set where volunteer hours are worth £15. */
  private static CreateContractOptions contractOf(String title, ContractCommitmentInput... kpis) {
    var builder =
        CreateContractOptions.builder()
            .buyerContractId(unique(title).replace(' ', '-'))
            .title(title)
            .supplierOrganisationId(SUPPLIER_ID)
            .value(new BigDecimal("100000"))
            .startDate(LocalDate.of(2026, 1, 1))
            .endDate(LocalDate.of(2026, 12, 31))
            .frameworkCode("SVK-LOCAL")
            .edition("1")
            .proxySetId("f274eec2-15a5-55a8-b0ed-d650872afa14");
    for (ContractCommitmentInput kpi : kpis) {
      builder.addCommitment(kpi);
    }
    return builder.build();
  }

  private static ContractCommitmentInput hoursKpi(String target, CommitmentPeriod period) {
    return ContractCommitmentInput.builder("LM-VOL-01", new BigDecimal(target))
        .period(period)
        .reportingFrequency(ReportingFrequency.QUARTERLY)
        .build();
  }

  private static CreateContractOptions contractIn(String currency) {
    return CreateContractOptions.builder()
        .buyerContractId(unique("CUR").replace(' ', '-'))
        .title("Contract in " + currency)
        .supplierOrganisationId(SUPPLIER_ID)
        .value(new BigDecimal("50000"))
        .currency(currency)
        .startDate(LocalDate.of(2026, 1, 1))
        .endDate(LocalDate.of(2026, 12, 31))
        .frameworkCode("SVK-LOCAL")
        .edition("1")
        .addCommitment(
            ContractCommitmentInput.builder("LM-VOL-01", new BigDecimal("100"))
                .reportingFrequency(ReportingFrequency.QUARTERLY)
                .build())
        .build();
  }

  private static SubmitReturnOptions hours(int fromMonth, int toMonth, String quantity) {
    LocalDate start = LocalDate.of(2026, fromMonth, 1);
    LocalDate end = LocalDate.of(2026, toMonth, 1).plusMonths(1).minusDays(1);
    return SubmitReturnOptions.builder(start, end, new BigDecimal(quantity)).build();
  }

  private static void assertPounds(String expected, BigDecimal actual, String what) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": " + actual);
  }
}
