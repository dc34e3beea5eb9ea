package uk.svkit.api.procurement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.platform.money.Money;

/**
 * Evaluates every bid of a tender from what is stored: final scores per answer, the weighted social
 * value score, the £ value of commitments (through the one valuation engine), value per £ of bid
 * price, a ranking and flags for offers that need a second look. A pure function of its inputs, so
 * the same data always gives the same result.
 *
 * <p>A score is final when it was moderated, or when every assigned evaluator has scored the answer
 * and they agree. Answers without a final score count 0 towards the bid's score until they have
 * one, and the evaluation is not {@code complete}.
 */
public final class TenderEvaluation {
  /** A committed quantity more than this many times the median of the other bids is flagged. */
  static final BigDecimal OUTLIER_FACTOR = BigDecimal.valueOf(3);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TenderEvaluation() {}

  public enum ScoreStatus {
    UNSCORED,
    PARTIALLY_SCORED,
    AGREED,
    DISAGREEMENT,
    MODERATED
  }

  public enum FlagCode {
    VALUE_EXCEEDS_CONTRACT_VALUE,
    QUANTITY_OUTLIER,
    NEEDS_MODERATION,
    UNSCORED
  }

  public record Flag(FlagCode code, String questionKey, String detail) {}

  public record QuestionResult(
      String questionKey, BigDecimal weight, Integer finalScore, ScoreStatus status, int scores) {}

  public record BidResult(
      String bidId,
      String supplierOrganisationId,
      int rank,
      BigDecimal price,
      BigDecimal scorePercent,
      BigDecimal weightedScore,
      List<QuestionResult> questions,
      ValuationEngine.Result valuation,
      BigDecimal valuePerPound,
      List<Flag> flags) {

    public BigDecimal commitmentValue() {
      return valuation == null ? null : valuation.total();
    }
  }

  public record Result(boolean complete, List<BidResult> bids) {}

  /** What the evaluation needs of a tender. */
  public record TenderFacts(
      List<Question> questions,
      BigDecimal socialValueWeighting,
      Money contractValue,
      Set<String> evaluators) {}

  /**
   * @param scoresByBid every stored score and moderation, by bid id
   * @param valuer values a bid's commitments, or {@code null} when the tender has no proxy set
   */
  public static Result evaluate(
      TenderFacts tender,
      List<Bid> bids,
      Map<String, List<AnswerScore>> scoresByBid,
      Function<List<ValuationEngine.Item>, ValuationEngine.Result> valuer) {
    Map<String, List<BigDecimal>> quantitiesByQuestion =
        committedQuantities(tender.questions(), bids);
    List<BidResult> unranked = new ArrayList<>();
    boolean complete = true;
    for (Bid bid : bids) {
      List<Flag> flags = new ArrayList<>();
      List<QuestionResult> questionResults = new ArrayList<>();
      Map<String, List<AnswerScore>> byQuestion = new HashMap<>();
      for (AnswerScore score : scoresByBid.getOrDefault(bid.id(), List.of())) {
        byQuestion.computeIfAbsent(score.questionKey(), k -> new ArrayList<>()).add(score);
      }
      BigDecimal scorePercent = BigDecimal.ZERO;
      for (Question question : tender.questions()) {
        QuestionResult result =
            finalScore(
                question, byQuestion.getOrDefault(question.key(), List.of()), tender.evaluators());
        questionResults.add(result);
        if (result.finalScore() == null) {
          complete = false;
          flags.add(
              result.status() == ScoreStatus.DISAGREEMENT
                  ? new Flag(
                      FlagCode.NEEDS_MODERATION,
                      question.key(),
                      "evaluators disagree; a moderated score is needed")
                  : new Flag(
                      FlagCode.UNSCORED,
                      question.key(),
                      "not yet scored by every assigned evaluator"));
        } else if (question.maxScore() > 0) {
          scorePercent =
              scorePercent.add(
                  question
                      .weight()
                      .multiply(BigDecimal.valueOf(result.finalScore()))
                      .divide(BigDecimal.valueOf(question.maxScore()), 10, RoundingMode.HALF_UP));
        }
      }
      List<ValuationEngine.Item> items = new ArrayList<>();
      for (Answer answer : bid.answers()) {
        if (answer.commitment() != null && answer.commitment().quantity() != null) {
          items.add(
              new ValuationEngine.Item(
                  answer.commitment().measureCode(),
                  answer.commitment().quantity(),
                  null,
                  null,
                  null,
                  null));
          outlierFlag(answer, quantitiesByQuestion.get(answer.questionKey())).ifPresent(flags::add);
        }
      }
      ValuationEngine.Result valuation = valuer == null ? null : valuer.apply(items);
      BigDecimal valuePerPound = null;
      if (valuation != null) {
        if (bid.price().signum() > 0) {
          valuePerPound = valuation.total().divide(bid.price(), 4, RoundingMode.HALF_UP);
        }
        // The proxy set is in the tender's currency (checked when the tender is made); Money
        // refuses to compare amounts in two.
        if (valuation.value().compareTo(tender.contractValue()) > 0) {
          flags.add(
              new Flag(
                  FlagCode.VALUE_EXCEEDS_CONTRACT_VALUE,
                  null,
                  "commitments are valued at "
                      + valuation.total().toPlainString()
                      + ", more than the contract value "
                      + tender.contractValue().amount().toPlainString()));
        }
      }
      BigDecimal percent = scorePercent.setScale(2, RoundingMode.HALF_UP);
      BigDecimal weighted =
          scorePercent
              .multiply(tender.socialValueWeighting())
              .divide(HUNDRED, 2, RoundingMode.HALF_UP);
      unranked.add(
          new BidResult(
              bid.id(),
              bid.ownerOrganisationId(),
              0,
              bid.price(),
              percent,
              weighted,
              questionResults,
              valuation,
              valuePerPound,
              flags));
    }
    return new Result(complete, rank(unranked));
  }

  private static QuestionResult finalScore(
      Question question, List<AnswerScore> scores, Set<String> evaluators) {
    AnswerScore moderation = null;
    List<Integer> evaluatorScores = new ArrayList<>();
    for (AnswerScore score : scores) {
      if (score.kind() == AnswerScore.Kind.MODERATION) {
        moderation = score;
      } else if (evaluators.contains(score.scoredBy())) {
        evaluatorScores.add(score.score());
      }
    }
    int count = evaluatorScores.size();
    if (moderation != null) {
      return new QuestionResult(
          question.key(), question.weight(), moderation.score(), ScoreStatus.MODERATED, count);
    }
    if (count == 0) {
      return new QuestionResult(question.key(), question.weight(), null, ScoreStatus.UNSCORED, 0);
    }
    boolean agree = evaluatorScores.stream().distinct().count() == 1;
    if (!agree) {
      return new QuestionResult(
          question.key(), question.weight(), null, ScoreStatus.DISAGREEMENT, count);
    }
    if (count < evaluators.size()) {
      return new QuestionResult(
          question.key(), question.weight(), null, ScoreStatus.PARTIALLY_SCORED, count);
    }
    return new QuestionResult(
        question.key(), question.weight(), evaluatorScores.get(0), ScoreStatus.AGREED, count);
  }

  private static Map<String, List<BigDecimal>> committedQuantities(
      List<Question> questions, List<Bid> bids) {
    Map<String, List<BigDecimal>> quantities = new HashMap<>();
    for (Bid bid : bids) {
      for (Answer answer : bid.answers()) {
        if (answer.commitment() != null && answer.commitment().quantity() != null) {
          quantities
              .computeIfAbsent(answer.questionKey(), k -> new ArrayList<>())
              .add(answer.commitment().quantity());
        }
      }
    }
    return quantities;
  }

  /**
   * Flags a quantity far above what the other bids commit to the same question (needs two others to
   * compare with).
   */
  private static java.util.Optional<Flag> outlierFlag(Answer answer, List<BigDecimal> all) {
    if (all == null || all.size() < 3) {
      return java.util.Optional.empty();
    }
    List<BigDecimal> others = new ArrayList<>(all);
    others.remove(answer.commitment().quantity());
    BigDecimal median = median(others);
    if (median.signum() > 0
        && answer.commitment().quantity().compareTo(median.multiply(OUTLIER_FACTOR)) > 0) {
      return java.util.Optional.of(
          new Flag(
              FlagCode.QUANTITY_OUTLIER,
              answer.questionKey(),
              answer.commitment().quantity().toPlainString()
                  + " is more than "
                  + OUTLIER_FACTOR
                  + " times the other bids' median of "
                  + median.toPlainString()));
    }
    return java.util.Optional.empty();
  }

  private static BigDecimal median(List<BigDecimal> values) {
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
  }

  /**
   * Orders by weighted score, then £ value of commitments, then lower price; equal weighted scores
   * share a rank (1, 1, 3), as the social value score is what this evaluation decides.
   */
  private static List<BidResult> rank(List<BidResult> results) {
    Comparator<BidResult> order =
        Comparator.comparing(BidResult::weightedScore)
            .reversed()
            .thenComparing(
                r -> r.commitmentValue() == null ? BigDecimal.ZERO : r.commitmentValue(),
                Comparator.reverseOrder())
            .thenComparing(BidResult::price)
            .thenComparing(BidResult::bidId);
    List<BidResult> sorted = results.stream().sorted(order).toList();
    List<BidResult> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      BidResult r = sorted.get(i);
      int rank =
          i > 0 && sorted.get(i - 1).weightedScore().compareTo(r.weightedScore()) == 0
              ? ranked.get(i - 1).rank()
              : i + 1;
      ranked.add(
          new BidResult(
              r.bidId(),
              r.supplierOrganisationId(),
              rank,
              r.price(),
              r.scorePercent(),
              r.weightedScore(),
              r.questions(),
              r.valuation(),
              r.valuePerPound(),
              r.flags()));
    }
    return ranked;
  }
}
