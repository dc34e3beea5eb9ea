package uk.svkit.api.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.framework.domain.ProxyValue;
import uk.svkit.api.framework.domain.UnitType;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.platform.money.Money;

class TenderEvaluationTest {
  private static final Map<String, Measure> MEASURES =
      Map.of("JOBS", new Measure("e", "JOBS", "Local jobs", UnitType.FTE, "FTE", true));
  private static final ProxySet PROXIES =
      new ProxySet(
          "o",
          "e",
          "t",
          "GBP",
          2026,
          "s",
          "l",
          List.of(new ProxyValue("JOBS", new BigDecimal("1000"), null)));

  private static final List<Question> QUESTIONS =
      List.of(
          new Question(
              "J",
              QuestionType.COMMITMENT,
              "Jobs",
              null,
              new BigDecimal("60"),
              null,
              null,
              "JOBS",
              null,
              null,
              null,
              null),
          new Question(
              "M",
              QuestionType.METHOD_STATEMENT,
              "How",
              null,
              new BigDecimal("40"),
              100,
              null,
              null,
              null,
              null,
              null,
              null));

  private static Bid bid(String supplier, String price, String jobs) {
    return new Bid(
        supplier,
        "t",
        new BigDecimal(price),
        List.of(
            new Answer(
                "J",
                null,
                null,
                null,
                new Answer.Commitment(
                    "JOBS", new BigDecimal(jobs), CommitmentPeriod.WHOLE_CONTRACT, null, null)),
            new Answer("M", "We will.", null, null, null)),
        OffsetDateTime.now());
  }

  private static AnswerScore score(Bid bid, String key, String evaluator, int score) {
    return new AnswerScore(
        "buyer", "t", bid.id(), key, AnswerScore.Kind.EVALUATION, evaluator, score, null);
  }

  private static AnswerScore moderation(Bid bid, String key, int score) {
    return new AnswerScore(
        "buyer", "t", bid.id(), key, AnswerScore.Kind.MODERATION, "mod", score, "agreed");
  }

  private static TenderEvaluation.Result evaluate(
      List<Bid> bids, List<AnswerScore> scores, String contractValue) {
    return TenderEvaluation.evaluate(
        new TenderEvaluation.TenderFacts(
            QUESTIONS,
            new BigDecimal("20"),
            new Money(new BigDecimal(contractValue), "GBP"),
            Set.of("a", "b")),
        bids,
        scores.stream().collect(Collectors.groupingBy(AnswerScore::bidId)),
        items -> ValuationEngine.value(PROXIES, MEASURES, items));
  }

  @Test
  void weightedScoreIsTheQuestionWeightedPercentTimesTheTenderWeighting() {
    Bid bid = bid("s1", "50000", "5");
    var result =
        evaluate(
            List.of(bid),
            List.of(
                score(bid, "J", "a", 75),
                score(bid, "J", "b", 75),
                score(bid, "M", "a", 50),
                score(bid, "M", "b", 50)),
            "100000");

    var only = result.bids().get(0);
    assertTrue(result.complete());
    // 60 x 75/100 + 40 x 50/100 = 65 %; of a 20 % weighting that is 13 points.
    assertEquals(new BigDecimal("65.00"), only.scorePercent());
    assertEquals(new BigDecimal("13.00"), only.weightedScore());
    assertEquals(new BigDecimal("5000.00"), only.commitmentValue());
    assertEquals(new BigDecimal("0.1000"), only.valuePerPound());
    assertEquals(1, only.rank());
  }

  @Test
  void disagreementNeedsModerationAndModerationSettlesIt() {
    Bid bid = bid("s1", "50000", "5");
    List<AnswerScore> scores =
        new ArrayList<>(
            List.of(score(bid, "J", "a", 75), score(bid, "J", "b", 100), score(bid, "M", "a", 50)));

    var before = evaluate(List.of(bid), scores, "100000");
    assertFalse(before.complete());
    assertEquals(
        TenderEvaluation.ScoreStatus.DISAGREEMENT,
        before.bids().get(0).questions().get(0).status());
    assertEquals(
        TenderEvaluation.ScoreStatus.PARTIALLY_SCORED,
        before.bids().get(0).questions().get(1).status());
    assertNull(before.bids().get(0).questions().get(0).finalScore());
    assertTrue(
        before.bids().get(0).flags().stream()
            .anyMatch(
                f ->
                    f.code() == TenderEvaluation.FlagCode.NEEDS_MODERATION
                        && "J".equals(f.questionKey())));

    scores.add(moderation(bid, "J", 100));
    scores.add(score(bid, "M", "b", 50));
    var after = evaluate(List.of(bid), scores, "100000");
    assertTrue(after.complete());
    assertEquals(100, after.bids().get(0).questions().get(0).finalScore());
    assertEquals(
        TenderEvaluation.ScoreStatus.MODERATED, after.bids().get(0).questions().get(0).status());
  }

  @Test
  void scoresOfEvaluatorsNoLongerAssignedDoNotCount() {
    Bid bid = bid("s1", "50000", "5");
    var result =
        evaluate(
            List.of(bid),
            List.of(score(bid, "J", "a", 75), score(bid, "J", "removed", 0)),
            "100000");
    assertEquals(1, result.bids().get(0).questions().get(0).scores());
  }

  @Test
  void ranksByWeightedScoreWithTiesSharingARank() {
    Bid low = bid("s1", "50000", "1");
    Bid high = bid("s2", "50000", "2");
    Bid same = bid("s3", "40000", "2");
    List<AnswerScore> scores = new ArrayList<>();
    for (Bid b : List.of(low, high, same)) {
      int j = b == low ? 25 : 100;
      scores.addAll(
          List.of(
              score(b, "J", "a", j),
              score(b, "J", "b", j),
              score(b, "M", "a", 50),
              score(b, "M", "b", 50)));
    }
    var ranked = evaluate(List.of(low, high, same), scores, "100000").bids();
    assertEquals(List.of(1, 1, 3), ranked.stream().map(TenderEvaluation.BidResult::rank).toList());
    assertEquals(low.id(), ranked.get(2).bidId());
    assertEquals(
        same.id(), ranked.get(0).bidId(), "equal score and value: the lower price is listed first");
  }

  @Test
  void flagsImplausibleOffers() {
    Bid a = bid("s1", "50000", "4");
    Bid b = bid("s2", "50000", "5");
    Bid outlier = bid("s3", "50000", "200");
    var result = evaluate(List.of(a, b, outlier), List.of(), "100000");
    var flagged =
        result.bids().stream()
            .filter(r -> r.bidId().equals(outlier.id()))
            .findFirst()
            .orElseThrow();
    var codes = flagged.flags().stream().map(TenderEvaluation.Flag::code).toList();
    assertTrue(codes.contains(TenderEvaluation.FlagCode.QUANTITY_OUTLIER), codes.toString());
    assertTrue(
        codes.contains(TenderEvaluation.FlagCode.VALUE_EXCEEDS_CONTRACT_VALUE), codes.toString());
    var plain =
        result.bids().stream().filter(r -> r.bidId().equals(a.id())).findFirst().orElseThrow();
    assertFalse(
        plain.flags().stream()
            .anyMatch(f -> f.code() == TenderEvaluation.FlagCode.QUANTITY_OUTLIER));
  }
}
