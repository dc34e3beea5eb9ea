package uk.svkit.it.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.models.Bid;
import uk.svkit.sdk.models.CommitmentPeriod;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractCommitment;
import uk.svkit.sdk.models.CreateContractFromBidOptions;
import uk.svkit.sdk.models.QuestionSet;
import uk.svkit.sdk.models.ScoreAnswerOptions;
import uk.svkit.sdk.models.Tender;
import uk.svkit.sdk.models.ValueBasis;

/**
 * The hand-over from procurement to tracking: the winning bid's commitments become the contract's
 * KPIs.
 */
class AwardToContractIT extends SvkitServer {
  @Test
  void theWinningBidsCommitmentsBecomeTheContractsKpis() throws Exception {
    String evaluator = unique("eval").replace(' ', '-');
    try (SvkitClient buyer = Clients.of(endpoint(), Tokens.of("GB-LAE-WRL", "buyer"));
        SvkitClient panel =
            Clients.of(endpoint(), Tokens.person("GB-LAE-WRL", evaluator, "evaluator"));
        SvkitClient supplier = Clients.of(endpoint(), Tokens.of("GB-COH-09900001", "supplier"))) {
      QuestionSet set = ProcurementFixtures.publishedQuestionSet(buyer, unique("Award hand-over"));
      Tender tender =
          ProcurementFixtures.tender(
              buyer, set, unique("AWD").replace(' ', '-'), Duration.ofSeconds(4));
      tender = buyer.tenders().assignEvaluators(tender, List.of(evaluator));
      Bid bid =
          supplier
              .tenders()
              .submitBid(
                  tender.getId(),
                  ProcurementFixtures.bid(
                      "880000", "5", "27", "8f1f3c39-0000-4000-8000-000000000006"));

      CreateContractFromBidOptions notYet =
          CreateContractFromBidOptions.builder()
              .bidId(bid.getId())
              .buyerContractId(unique("C").replace(' ', '-'))
              .startDate(LocalDate.of(2026, 1, 1))
              .endDate(LocalDate.of(2027, 12, 31))
              .build();
      ProcurementFixtures.waitForDeadline(tender);
      assertThrows(
          ConflictException.class,
          () -> buyer.contracts().createContractFromBid(notYet),
          "not awarded yet");

      for (String key : List.of("JOBS", "TRAIN", "HOW", "RLW")) {
        panel
            .tenders()
            .scoreAnswer(tender.getId(), bid.getId(), key, ScoreAnswerOptions.builder(75).build());
      }
      buyer.tenders().awardTender(buyer.tenders().getTender(tender.getId()), bid.getId());

      Contract contract = buyer.contracts().createContractFromBid(notYet);
      assertEquals(tender.getId(), contract.getSourceTenderId());
      assertEquals(bid.getId(), contract.getSourceBidId());
      assertEquals("8f1f3c39-0000-4000-8000-000000000004", contract.getSupplierOrganisationId());
      assertEquals(
          0, new BigDecimal("880000").compareTo(contract.getValue()), "the bid price by default");
      assertEquals(tender.getOcid(), contract.getOcid());
      assertEquals(
          List.of("LM-EMP-01", "LM-SKL-01"),
          contract.getCommitments().stream().map(ContractCommitment::getMeasureCode).toList());
      ContractCommitment jobs = contract.getCommitments().get(0);
      assertEquals(0, new BigDecimal("5").compareTo(jobs.getTargetQuantity()));
      assertEquals(CommitmentPeriod.WHOLE_CONTRACT, jobs.getPeriod());
      assertEquals("E08000015", jobs.getPlaceCode());
      assertEquals("8f1f3c39-0000-4000-8000-000000000006", jobs.getVcfsePartnerOrganisationId());

      // The committed £ is the same figure the evaluation put on the bid: one valuation engine, one
      // proxy set.
      BigDecimal evaluated =
          buyer.tenders().getEvaluation(tender.getId()).getBids().get(0).getCommitmentValue();
      assertEquals(
          0,
          evaluated.compareTo(
              buyer
                  .contracts()
                  .getContractValue(contract.getId(), ValueBasis.COMMITTED)
                  .getTotal()));
      assertEquals(
          contract.getId(),
          supplier.contracts().getContract(contract.getId()).getId(),
          "the supplier sees its contract");
    }
  }
}
