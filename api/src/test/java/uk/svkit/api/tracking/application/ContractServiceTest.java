package uk.svkit.api.tracking.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
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
import uk.svkit.api.procurement.application.BidService;
import uk.svkit.api.procurement.application.EvaluationService;
import uk.svkit.api.procurement.application.QuestionSetService;
import uk.svkit.api.procurement.application.TenderFixture;
import uk.svkit.api.procurement.application.TenderService;
import uk.svkit.api.procurement.domain.Bid;
import uk.svkit.api.servicetest.ServiceTest;
import uk.svkit.api.servicetest.Services;
import uk.svkit.api.servicetest.TestClock;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.TargetPeriod;

/**
 * Contracts through {@link ContractService}: created from an awarded bid, whose winning commitments
 * become the contract's KPIs, or directly, under the rules a buyer's contract must meet.
 */
@ServiceTest
class ContractServiceTest {
  @Inject OrganisationService organisations;
  @Inject QuestionSetService questionSets;
  @Inject TenderService tenders;
  @Inject BidService bids;
  @Inject EvaluationService evaluations;
  @Inject ContractService contracts;
  @Inject TestClock clock;

  TenderFixture tender;

  @BeforeEach
  void anOpenTender() {
    clock.set("2026-03-02T10:00:00Z");
    tender = new TenderFixture(organisations, questionSets, tenders, bids, clock);
  }

  private static ProblemException refused(ProblemType type, Runnable call) {
    ProblemException problem = assertThrows(ProblemException.class, call::run);
    assertEquals(type, problem.type(), problem.getMessage());
    return problem;
  }

  /** Closes bidding, moderates every answer and awards the tender to the winner. */
  private void award(Bid winner, Bid... others) {
    tender.closeBidding();
    for (Bid bid : concat(winner, others)) {
      for (String question : List.of("VOL", "HOW")) {
        Services.run(
            tender.buyer,
            () -> evaluations.moderate(tender.tenderId, bid.id(), question, 75, "Good"));
      }
    }
    long version = tender.tender().version();
    Services.run(tender.buyer, () -> tenders.award(tender.tenderId, version, winner.id()));
  }

  private static List<Bid> concat(Bid first, Bid... rest) {
    List<Bid> all = new java.util.ArrayList<>(List.of(first));
    Collections.addAll(all, rest);
    return all;
  }

  private ContractView fromBid(Caller as, Bid bid) {
    return Services.as(
        as,
        () ->
            contracts.createFromBid(
                bid.id(),
                "C-" + bid.id(),
                null,
                null,
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2028, 3, 31),
                Set.of("E08000015"),
                ReportingFrequency.QUARTERLY));
  }

  @Test
  void anAwardBecomesAContractWhoseKpisAreTheWinningBidsCommitments() {
    Caller winner = tender.supplier("Winner Ltd");
    String partner = tender.vcfse("Wirral Food Bank");
    Bid won =
        Services.as(
                winner,
                () ->
                    bids.submit(
                        tender.tenderId,
                        new BigDecimal("185000"),
                        TenderFixture.answers("640", partner)))
            .bid();
    Bid lost = tender.bid(tender.supplier("Runner-up Ltd"), "150000", "100");
    award(won, lost);

    Contract contract = fromBid(tender.buyer, won).contract();

    assertEquals(winner.organisationId(), contract.supplierOrganisationId());
    assertEquals(tender.tenderId, contract.sourceTenderId());
    assertEquals(won.id(), contract.sourceBidId());
    assertEquals("Grounds maintenance 2026", contract.title(), "the tender's title by default");
    assertEquals(
        0, new BigDecimal("185000").compareTo(contract.value().amount()), "the winning price");
    assertEquals(TenderFixture.ILLUSTRATIVE_VALUES, contract.proxySetId());
    assertEquals(1, contract.commitments().size(), "one commitment question, one KPI");
    Commitment kpi = contract.commitments().get(0);
    assertEquals("LM-VOL-01", kpi.measureCode());
    assertEquals(0, new BigDecimal("640").compareTo(kpi.targetQuantity()));
    assertEquals(TargetPeriod.WHOLE_CONTRACT, kpi.period());
    assertEquals(ReportingFrequency.QUARTERLY, kpi.reportingFrequency());
    assertEquals(partner, kpi.vcfsePartnerId());
  }

  @Test
  void onlyTheAwardedBidBecomesAContractAndOnlyForTheTendersBuyer() {
    Bid won = tender.bid(tender.supplier("Winner Ltd"), "185000", "640");
    Bid lost = tender.bid(tender.supplier("Runner-up Ltd"), "150000", "100");
    award(won, lost);
    Caller otherBuyer =
        Services.user(
            Services.organisation(organisations, "Other council", OrganisationRole.BUYER),
            uk.svkit.api.platform.security.Roles.BUYER);

    refused(ProblemType.CONFLICT, () -> fromBid(tender.buyer, lost));
    refused(ProblemType.NOT_FOUND, () -> fromBid(otherBuyer, won));
  }

  @Test
  void aBuyerUsesEachOfItsContractIdsOnceAndABigContractNeedsThreeKpis() {
    String supplier =
        Services.organisation(organisations, "Supplier Ltd", OrganisationRole.SUPPLIER);
    ContractService.NewContract small = direct(supplier, "C-1", "400000", 1);
    Services.as(tender.buyer, () -> contracts.create(small));

    refused(ProblemType.CONFLICT, () -> Services.as(tender.buyer, () -> contracts.create(small)));
    ProblemException problem =
        refused(
            ProblemType.BUSINESS_RULE_VIOLATED,
            () ->
                Services.as(
                    tender.buyer, () -> contracts.create(direct(supplier, "C-2", "6000000", 2))));
    assertEquals("commitments", problem.errors().get(0).field);
    assertEquals(
        3,
        Services.as(tender.buyer, () -> contracts.create(direct(supplier, "C-3", "6000000", 3)))
            .contract()
            .commitments()
            .size());
  }

  private static ContractService.NewContract direct(
      String supplier, String buyerContractId, String value, int kpis) {
    return new ContractService.NewContract(
        supplier,
        buyerContractId,
        null,
        "Direct award",
        new Money(new BigDecimal(value), "GBP"),
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31),
        Set.of(),
        "SVK-LOCAL",
        "1",
        null,
        Collections.nCopies(kpis, ReturnServiceTest.volunteeringHours("100")));
  }
}
