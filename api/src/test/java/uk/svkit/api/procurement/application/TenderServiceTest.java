package uk.svkit.api.procurement.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.procurement.domain.Answer;
import uk.svkit.api.procurement.domain.Bid;
import uk.svkit.api.procurement.domain.Tender;
import uk.svkit.api.procurement.domain.TenderEvaluation;
import uk.svkit.api.procurement.domain.TenderStatus;
import uk.svkit.api.servicetest.ServiceTest;
import uk.svkit.api.servicetest.Services;
import uk.svkit.api.servicetest.TestClock;

/**
 * A tender's life through {@link TenderService}, {@link BidService} and {@link EvaluationService}:
 * the rules a buyer's tender must meet, sealed bids locked at the deadline, scoring by assigned
 * evaluators and moderation, and the award.
 */
@ServiceTest
class TenderServiceTest {
  @Inject OrganisationService organisations;
  @Inject QuestionSetService questionSets;
  @Inject TenderService tenders;
  @Inject BidService bids;
  @Inject EvaluationService evaluations;
  @Inject TestClock clock;

  TenderFixture open;

  @BeforeEach
  void anOpenTender() {
    clock.set("2026-03-02T10:00:00Z");
    open = new TenderFixture(organisations, questionSets, tenders, bids, clock);
  }

  private static ProblemException refused(ProblemType type, Runnable call) {
    ProblemException problem = assertThrows(ProblemException.class, call::run);
    assertEquals(type, problem.type(), problem.getMessage());
    return problem;
  }

  private static List<String> fields(ProblemException problem) {
    return problem.errors().stream().map(e -> e.field).toList();
  }

  @Test
  void aTenderGivesSocialValueAtLeastTheMinimumWeightAndADeadlineAhead() {
    ProblemException problem =
        refused(
            ProblemType.BUSINESS_RULE_VIOLATED,
            () ->
                Services.as(
                    open.buyer,
                    () ->
                        tenders.create(
                            TenderFixture.newTender(
                                "T-low", open.questionSetId, "5", open.now().minusDays(1)))));

    assertEquals(List.of("socialValueWeighting", "deadline"), fields(problem));
  }

  @Test
  void aTenderAsksOnlyAPublishedQuestionSet() {
    String draft =
        Services.as(
            open.buyer,
            () ->
                questionSets
                    .create("SVK-LOCAL", "1", "Draft", null, TenderFixture.questions())
                    .set()
                    .id());

    ProblemException problem =
        refused(
            ProblemType.BUSINESS_RULE_VIOLATED,
            () ->
                Services.as(
                    open.buyer,
                    () ->
                        tenders.create(
                            TenderFixture.newTender(
                                "T-draft", draft, "20", open.now().plusDays(7)))));

    assertEquals(List.of("questionSetId"), fields(problem));
  }

  @Test
  void aBidAfterTheDeadlineIsRefusedAndSoIsARevision() {
    Caller early = open.supplier("Early Ltd");
    Bid bid = open.bid(early, "180000", "500");
    Caller late = open.supplier("Late Ltd");

    open.closeBidding();

    // A closed tender is no longer shown to suppliers that did not bid: a late bid finds nothing.
    refused(ProblemType.NOT_FOUND, () -> open.bid(late, "150000", "900"));
    refused(
        ProblemType.CONFLICT,
        () ->
            Services.as(
                early,
                () ->
                    bids.revise(
                        open.tenderId,
                        bid.id(),
                        bid.version(),
                        new BigDecimal("1"),
                        TenderFixture.answers("9999", null))));
    assertEquals(
        0,
        new BigDecimal("180000")
            .compareTo(Services.as(early, () -> bids.get(open.tenderId, bid.id())).bid().price()));
  }

  @Test
  void aSupplierBidsOnceAndRevisesBeforeTheDeadlineKeepingEveryRevision() {
    Caller supplier = open.supplier("Reviser Ltd");
    Bid first = open.bid(supplier, "180000", "500");

    refused(ProblemType.CONFLICT, () -> open.bid(supplier, "170000", "600"));
    Bid revised =
        Services.as(
                supplier,
                () ->
                    bids.revise(
                        open.tenderId,
                        first.id(),
                        first.version(),
                        new BigDecimal("175000"),
                        TenderFixture.answers("650", null)))
            .bid();

    assertEquals(0, new BigDecimal("175000").compareTo(revised.price()));
    var revisions =
        Services.as(supplier, () -> bids.revisions(open.tenderId, first.id())).revisions();
    assertEquals(List.of(1, 2), revisions.stream().map(r -> r.revision()).toList());
    assertEquals(0, new BigDecimal("180000").compareTo(revisions.get(0).price()));
  }

  @Test
  void aBidAnswersEveryQuestionAsAsked() {
    Caller supplier = open.supplier("Terse Ltd");
    List<Answer> onlyTheCommitment = TenderFixture.answers("500", null).subList(0, 1);

    ProblemException problem =
        refused(
            ProblemType.BUSINESS_RULE_VIOLATED,
            () ->
                Services.as(
                    supplier,
                    () -> bids.submit(open.tenderId, new BigDecimal("1000"), onlyTheCommitment)));

    assertTrue(
        problem.errors().stream().map(e -> e.message).anyMatch(m -> m.contains("'HOW'")),
        problem.errors().stream().map(Problem.FieldError::toString).toList().toString());
    assertEquals(List.of(), Services.as(supplier, () -> bids.list(open.tenderId, null, 10)));
  }

  @Test
  void bidsStaySealedUntilTheDeadlineEvenFromTheBuyerAndOtherBidders() {
    Caller first = open.supplier("First Ltd");
    Caller second = open.supplier("Second Ltd");
    Bid firstBid = open.bid(first, "180000", "500");
    open.bid(second, "160000", "300");

    refused(
        ProblemType.CONFLICT,
        () -> Services.as(open.buyer, () -> bids.list(open.tenderId, null, 10)));
    refused(
        ProblemType.NOT_FOUND,
        () -> Services.as(second, () -> bids.get(open.tenderId, firstBid.id())));
    assertEquals(
        List.of(firstBid.id()),
        Services.as(first, () -> bids.list(open.tenderId, null, 10)).stream()
            .map(v -> v.bid().id())
            .toList());

    open.closeBidding();

    assertEquals(2, Services.as(open.buyer, () -> bids.list(open.tenderId, null, 10)).size());
  }

  @Test
  void viewsCarryWhatTheirResponsesShowBesideTheTenderAndTheBid() {
    Caller supplier = open.supplier("Viewed Ltd");
    Bid bid = open.bid(supplier, "180000", "500");

    TenderView tender = Services.as(open.buyer, () -> tenders.get(open.tenderId));
    assertEquals(TenderStatus.OPEN, tender.status());
    assertEquals(tender.tender().questionSetId(), tender.questionSet().id());
    BidView view = Services.as(supplier, () -> bids.get(open.tenderId, bid.id()));
    assertEquals("GBP", view.currency());
    assertTrue(view.measures().containsKey("LM-VOL-01"), view.measures().keySet().toString());
    BidRevisionsView revisions =
        Services.as(supplier, () -> bids.revisions(open.tenderId, bid.id()));
    assertEquals(view.measures().keySet(), revisions.measures().keySet());

    open.closeBidding();
    List<BidView> page = Services.as(open.buyer, () -> bids.list(open.tenderId, null, 10));
    assertEquals(List.of(bid.id()), page.stream().map(v -> v.bid().id()).toList());
    assertEquals(
        TenderStatus.CLOSED, Services.as(open.buyer, () -> tenders.get(open.tenderId)).status());
  }

  @Test
  void onlyAssignedEvaluatorsScoreAndTheAwardWaitsForAFinalScoreOfEveryAnswer() {
    Bid bid = open.bid(open.supplier("Winner Ltd"), "180000", "500");
    Caller unassigned = Services.user(open.buyer.organisationId(), Roles.EVALUATOR);
    refused(
        ProblemType.CONFLICT,
        () ->
            Services.as(
                open.evaluator, () -> evaluations.score(open.tenderId, bid.id(), "VOL", 75, "")));
    open.closeBidding();

    // An evaluator not assigned to the tender does not see it at all.
    refused(
        ProblemType.NOT_FOUND,
        () ->
            Services.as(
                unassigned, () -> evaluations.score(open.tenderId, bid.id(), "VOL", 75, "")));
    refused(
        ProblemType.VALIDATION_FAILED,
        () ->
            Services.as(
                open.evaluator, () -> evaluations.score(open.tenderId, bid.id(), "VOL", 70, "")));
    Services.run(
        open.evaluator, () -> evaluations.score(open.tenderId, bid.id(), "VOL", 75, "Credible"));
    refused(ProblemType.CONFLICT, () -> award(bid));

    Services.run(
        open.evaluator, () -> evaluations.score(open.tenderId, bid.id(), "HOW", 50, "Fair"));
    Tender awarded = award(bid);

    assertEquals(TenderStatus.AWARDED, awarded.status(open.now()));
    assertEquals(bid.id(), awarded.awardedBidId());
    assertEquals(
        2,
        Services.rows(
                "SELECT recipient_organisation_id FROM plt_event WHERE type = ? AND subject = ?",
                EventTypes.TENDER_AWARDED,
                "tenders/" + open.tenderId)
            .size(),
        "the buyer and the winning supplier are told");
    refused(
        ProblemType.CONFLICT,
        () ->
            Services.as(
                open.evaluator, () -> evaluations.score(open.tenderId, bid.id(), "HOW", 75, "")));
  }

  @Test
  void theEvaluationRanksBidsByWeightedScoreAndValuesTheirCommitments() {
    Bid modest = open.bid(open.supplier("Modest Ltd"), "150000", "200");
    Bid generous = open.bid(open.supplier("Generous Ltd"), "190000", "800");
    open.closeBidding();
    for (String question : List.of("VOL", "HOW")) {
      Services.run(
          open.buyer, () -> evaluations.moderate(open.tenderId, modest.id(), question, 25, "Thin"));
      Services.run(
          open.buyer,
          () -> evaluations.moderate(open.tenderId, generous.id(), question, 100, "Strong"));
    }

    TenderEvaluation.Result result =
        Services.as(open.evaluator, () -> evaluations.evaluate(open.tenderId)).result();

    assertTrue(result.complete());
    assertEquals(
        List.of(generous.id(), modest.id()),
        result.bids().stream()
            .sorted(java.util.Comparator.comparingInt(TenderEvaluation.BidResult::rank))
            .map(TenderEvaluation.BidResult::bidId)
            .toList());
    TenderEvaluation.BidResult best =
        result.bids().stream()
            .filter(b -> b.bidId().equals(generous.id()))
            .findFirst()
            .orElseThrow();
    assertEquals(0, new BigDecimal("12000").compareTo(best.commitmentValue()), "800 hours at £15");
  }

  private Tender award(Bid bid) {
    long version = open.tender().version();
    return Services.as(open.buyer, () -> tenders.award(open.tenderId, version, bid.id())).tender();
  }
}
