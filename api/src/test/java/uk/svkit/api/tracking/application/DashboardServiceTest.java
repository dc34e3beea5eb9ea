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
import uk.svkit.api.tracking.domain.KpiReturn;

/**
 * The buyer dashboard's money: a 2026 grounds contract committing 400 volunteering hours at the
 * bundled illustrative £15 an hour, and what happens when the buyer also holds a contract in euros.
 */
@ServiceTest
class DashboardServiceTest {
  @Inject DashboardService dashboards;
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
                    List.of(ReturnServiceTest.volunteeringHours("400")))));
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
}
