package uk.svkit.it.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.svkit.it.procurement.ProcurementFixtures.bid;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.models.Bid;
import uk.svkit.sdk.models.BidEvaluation;
import uk.svkit.sdk.models.BidFlagCode;
import uk.svkit.sdk.models.BidRevision;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.Evaluation;
import uk.svkit.sdk.models.ModerateAnswerOptions;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.QuestionScoreStatus;
import uk.svkit.sdk.models.QuestionSet;
import uk.svkit.sdk.models.ScoreAnswerOptions;
import uk.svkit.sdk.models.Tender;
import uk.svkit.sdk.models.TenderStatus;
import uk.svkit.sdk.models.ValuationTerm;

/**
 * The whole journey through the SDK: a buyer publishes a question set and binds it to a tender,
 * three suppliers bid (one revises), evaluators score, the buyer moderates a disagreement, and the
 * evaluation ranks the bids with their £ value, trace and flags. Along the way, nobody sees what
 * they should not.
 */
class ProcurementJourneyIT extends SvkitServer {
  private static final String WIRRAL = "GB-LAE-WRL";
  private static final String VCFSE_PARTNER = "8f1f3c39-0000-4000-8000-000000000006";

  @Test
  void questionSetToRankedEvaluatedBids() throws Exception {
    String evaluatorASubject = unique("eva").replace(' ', '-');
    String evaluatorBSubject = unique("evb").replace(' ', '-');
    try (SvkitClient buyer = Clients.of(endpoint(), Tokens.of(WIRRAL, "buyer"));
        SvkitClient admin = Clients.of(endpoint(), Tokens.admin());
        SvkitClient evaluatorA =
            Clients.of(endpoint(), Tokens.person(WIRRAL, evaluatorASubject, "evaluator"));
        SvkitClient evaluatorB =
            Clients.of(endpoint(), Tokens.person(WIRRAL, evaluatorBSubject, "evaluator"));
        SvkitClient unassignedEvaluator =
            Clients.of(endpoint(), Tokens.person(WIRRAL, unique("evc"), "evaluator"));
        SvkitClient otherBuyer = Clients.of(endpoint(), Tokens.of("GB-LAE-LIV", "buyer"))) {
      String thirdSupplier = uniqueCompanyIdentifier();
      admin
          .organisations()
          .createOrganisation(
              CreateOrganisationOptions.builder()
                  .name(unique("Birkenhead Builders"))
                  .roles(OrganisationRole.SUPPLIER)
                  .identifier(thirdSupplier)
                  .build());
      try (SvkitClient supplierA =
              Clients.of(endpoint(), Tokens.of("GB-COH-09900001", "supplier"));
          SvkitClient supplierB = Clients.of(endpoint(), Tokens.of("GB-COH-09900002", "supplier"));
          SvkitClient supplierC = Clients.of(endpoint(), Tokens.of(thirdSupplier, "supplier"))) {

        QuestionSet set =
            ProcurementFixtures.publishedQuestionSet(buyer, unique("Highways social value"));
        Tender tender =
            ProcurementFixtures.tender(
                buyer, set, unique("WRL").replace(' ', '-'), Duration.ofSeconds(8));
        assertEquals(TenderStatus.OPEN, tender.getStatus());
        assertEquals(1, tender.getQuestionSetVersionNumber());
        tender =
            buyer.tenders().assignEvaluators(tender, List.of(evaluatorASubject, evaluatorBSubject));

        // Suppliers read the open tender and its questions, and bid.
        assertEquals(
            4, supplierA.tenders().getTenderQuestionSet(tender.getId()).getQuestions().size());
        Bid bidA =
            supplierA.tenders().submitBid(tender.getId(), bid("900000", "5", "27", VCFSE_PARTNER));
        Bid bidB = supplierB.tenders().submitBid(tender.getId(), bid("950000", "6", "30", null));
        Bid bidC = supplierC.tenders().submitBid(tender.getId(), bid("800000", "60", "27", null));
        assertEquals("LM-EMP-01", bidA.getAnswers().get(0).getCommitment().getMeasureCode());

        // A supplier may revise until the deadline; every revision is kept.
        bidA = supplierA.tenders().reviseBid(bidA, bid("880000", "5", "27", VCFSE_PARTNER));
        assertEquals(2, bidA.getRevision());
        List<BidRevision> revisions =
            supplierA.tenders().listBidRevisions(tender.getId(), bidA.getId());
        assertEquals(List.of(1, 2), revisions.stream().map(BidRevision::getRevision).toList());
        assertEquals(0, new BigDecimal("900000").compareTo(revisions.get(0).getPrice()));

        // Sealed: other suppliers cannot see a bid at all, the buyer not before the deadline.
        String bidAId = bidA.getId();
        String tenderId = tender.getId();
        assertThrows(NotFoundException.class, () -> supplierB.tenders().getBid(tenderId, bidAId));
        assertEquals(
            List.of(bidB.getId()),
            supplierB.tenders().listBids(tenderId).stream().map(Bid::getId).toList());
        assertThrows(
            ConflictException.class, () -> buyer.tenders().listBids(tenderId).stream().count());
        assertThrows(ConflictException.class, () -> buyer.tenders().getEvaluation(tenderId));
        assertThrows(NotFoundException.class, () -> otherBuyer.tenders().getTender(tenderId));
        assertThrows(
            NotFoundException.class, () -> unassignedEvaluator.tenders().getTender(tenderId));

        ProcurementFixtures.waitForDeadline(tender);

        // Locked at the deadline.
        Bid lockedBid = bidA;
        assertThrows(
            ConflictException.class,
            () -> supplierA.tenders().reviseBid(lockedBid, bid("1", "1", "1", null)));
        assertEquals(TenderStatus.CLOSED, buyer.tenders().getTender(tenderId).getStatus());
        assertEquals(3, buyer.tenders().listBids(tenderId).stream().count());
        assertThrows(NotFoundException.class, () -> supplierB.tenders().getBid(tenderId, bidAId));
        assertThrows(
            PermissionDeniedException.class, () -> supplierA.tenders().getEvaluation(tenderId));

        // Two evaluators score every answer; they disagree on one.
        Map<String, Integer> scoresA = Map.of("JOBS", 75, "TRAIN", 50, "HOW", 75, "RLW", 100);
        for (Bid bid : List.of(bidA, bidB, bidC)) {
          for (var entry : scoresA.entrySet()) {
            evaluatorA
                .tenders()
                .scoreAnswer(
                    tenderId,
                    bid.getId(),
                    entry.getKey(),
                    ScoreAnswerOptions.builder(entry.getValue()).comment("A").build());
            int b = bid == bidB && entry.getKey().equals("HOW") ? 25 : entry.getValue();
            evaluatorB
                .tenders()
                .scoreAnswer(
                    tenderId,
                    bid.getId(),
                    entry.getKey(),
                    ScoreAnswerOptions.builder(b).comment("B").build());
          }
        }
        // Supplier B's method statement is judged better by the panel: 100.
        evaluatorA
            .tenders()
            .scoreAnswer(tenderId, bidA.getId(), "HOW", ScoreAnswerOptions.builder(100).build());
        evaluatorB
            .tenders()
            .scoreAnswer(tenderId, bidA.getId(), "HOW", ScoreAnswerOptions.builder(100).build());
        assertThrows(
            NotFoundException.class,
            () ->
                unassignedEvaluator
                    .tenders()
                    .scoreAnswer(tenderId, bidAId, "HOW", ScoreAnswerOptions.builder(0).build()));

        Evaluation before = buyer.tenders().getEvaluation(tenderId);
        assertFalse(before.isComplete());
        BidEvaluation disputed = byBid(before, bidB.getId());
        assertEquals(QuestionScoreStatus.DISAGREEMENT, question(disputed, "HOW").getStatus());
        assertTrue(
            disputed.getFlags().stream()
                .anyMatch(
                    f ->
                        f.getCode().equals(BidFlagCode.NEEDS_MODERATION)
                            && "HOW".equals(f.getQuestionKey())));
        Tender closed = buyer.tenders().getTender(tenderId);
        assertThrows(ConflictException.class, () -> buyer.tenders().awardTender(closed, bidAId));

        buyer
            .tenders()
            .moderateAnswer(
                tenderId,
                bidB.getId(),
                "HOW",
                ModerateAnswerOptions.builder(50, "Panel: evidence is partial").build());
        assertEquals(
            1, buyer.tenders().getBidScores(tenderId, bidB.getId()).getModerations().size());
        assertEquals(
            8, evaluatorA.tenders().getBidScores(tenderId, bidB.getId()).getScores().size());

        Evaluation evaluation = evaluatorA.tenders().getEvaluation(tenderId);
        assertTrue(evaluation.isComplete());
        BidEvaluation a = byBid(evaluation, bidA.getId());
        BidEvaluation b = byBid(evaluation, bidB.getId());
        BidEvaluation c = byBid(evaluation, bidC.getId());
        // A: 30x0.75 + 20x0.5 + 40x1.0 + 10x1.0 = 82.5 %; B: 30x0.75 + 20x0.5 + 40x0.5 + 10 = 62.5
        // %; C: 72.5 %.
        assertEquals(0, new BigDecimal("82.50").compareTo(a.getScorePercent()));
        assertEquals(
            0,
            new BigDecimal("16.50").compareTo(a.getWeightedScore()),
            "82.5 % of a 20 % weighting");
        assertEquals(0, new BigDecimal("12.50").compareTo(b.getWeightedScore()));
        assertEquals(0, new BigDecimal("14.50").compareTo(c.getWeightedScore()));
        assertEquals(
            List.of(bidA.getId(), bidC.getId(), bidB.getId()),
            evaluation.getBids().stream().map(BidEvaluation::getBidId).toList());
        assertEquals(
            List.of(1, 2, 3), evaluation.getBids().stream().map(BidEvaluation::getRank).toList());

        // £ value with the illustrative set, term by term: the trace adds up to the total.
        BigDecimal traced =
            a.getValuation().getTerms().stream()
                .map(ValuationTerm::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, traced.compareTo(a.getCommitmentValue()));
        assertEquals(
            List.of("LM-EMP-01", "LM-SKL-01"),
            a.getValuation().getTerms().stream().map(ValuationTerm::getMeasureCode).toList());
        for (ValuationTerm term : a.getValuation().getTerms()) {
          assertEquals(
              0,
              term.getQuantity().multiply(term.getValuePerUnit()).compareTo(term.getValue()),
              term.toString());
        }
        assertEquals(
            0,
            a.getCommitmentValue()
                .divide(a.getPrice(), 4, java.math.RoundingMode.HALF_UP)
                .compareTo(a.getValuePerPound()));
        // C promises 60 jobs against 5 and 6: flagged, and its value passes the contract value.
        List<BidFlagCode> flagsOfC =
            c.getFlags().stream()
                .map(f -> f.getCode())
                .collect(Collectors.toCollection(ArrayList::new));
        assertTrue(flagsOfC.contains(BidFlagCode.QUANTITY_OUTLIER), flagsOfC.toString());
        assertTrue(
            flagsOfC.contains(BidFlagCode.VALUE_EXCEEDS_CONTRACT_VALUE), flagsOfC.toString());
        assertTrue(a.getFlags().isEmpty(), a.getFlags().toString());

        Tender awarded =
            buyer.tenders().awardTender(buyer.tenders().getTender(tenderId), bidA.getId());
        assertEquals(TenderStatus.AWARDED, awarded.getStatus());
        assertEquals(bidA.getId(), awarded.getAwardedBidId());
        assertThrows(
            ConflictException.class,
            () ->
                evaluatorA
                    .tenders()
                    .scoreAnswer(tenderId, bidAId, "HOW", ScoreAnswerOptions.builder(0).build()));
        // The winning supplier still sees only its own bid.
        assertEquals(
            List.of(bidA.getId()),
            supplierA.tenders().listBids(tenderId).stream().map(Bid::getId).toList());
      }
    }
  }

  private static BidEvaluation byBid(Evaluation evaluation, String bidId) {
    return evaluation.getBids().stream()
        .filter(b -> b.getBidId().equals(bidId))
        .findFirst()
        .orElseThrow();
  }

  private static uk.svkit.sdk.models.QuestionEvaluation question(BidEvaluation bid, String key) {
    return bid.getQuestions().stream()
        .filter(q -> q.getQuestionKey().equals(key))
        .findFirst()
        .orElseThrow();
  }
}
