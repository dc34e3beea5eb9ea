package uk.svkit.api.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.procurement.domain.AnswerScore;
import uk.svkit.api.procurement.domain.AnswerScoreRepository;
import uk.svkit.api.procurement.domain.Bid;
import uk.svkit.api.procurement.domain.BidRepository;
import uk.svkit.api.procurement.domain.ProcurementAccess;
import uk.svkit.api.procurement.domain.Question;
import uk.svkit.api.procurement.domain.QuestionSet;
import uk.svkit.api.procurement.domain.QuestionSetRepository;
import uk.svkit.api.procurement.domain.Tender;
import uk.svkit.api.procurement.domain.TenderEvaluation;
import uk.svkit.api.procurement.domain.TenderRepository;

/**
 * Scoring and moderating answers once bids are opened, and the tender's evaluation. Only the buyer
 * and the evaluators assigned to a tender take part; suppliers never see scores.
 */
@ApplicationScoped
public class EvaluationService {
  @Inject TenderRepository tenders;
  @Inject QuestionSetRepository questionSets;
  @Inject BidRepository bids;
  @Inject AnswerScoreRepository scores;
  @Inject Clock clock;
  @Inject FrameworkService frameworks;
  @Inject BidService bidService;

  /** Records (or changes) the calling evaluator's score of one answer. */
  @Transactional
  public AnswerScore score(
      String tenderId, String bidId, String questionKey, int score, String comment) {
    Caller caller = Tenancy.caller();
    Tender tender = participating(tenderId);
    if (!ProcurementAccess.evaluates(caller, tender)) {
      throw ProblemException.forbidden(
          "Only evaluators assigned to this tender score its answers.");
    }
    return put(
        tender, bidId, questionKey, AnswerScore.Kind.EVALUATION, caller.subject(), score, comment);
  }

  /** Sets the final, moderated score of one answer; the buyer moderates. */
  @Transactional
  public AnswerScore moderate(
      String tenderId, String bidId, String questionKey, int score, String rationale) {
    Caller caller = Tenancy.caller();
    Tender tender = participating(tenderId);
    if (!ProcurementAccess.manages(caller, tender)) {
      throw ProblemException.forbidden("Moderation is done by the buyer that owns the tender.");
    }
    return put(
        tender,
        bidId,
        questionKey,
        AnswerScore.Kind.MODERATION,
        caller.subject(),
        score,
        rationale);
  }

  public List<AnswerScore> scoresOf(String tenderId, String bidId) {
    Tender tender = participating(tenderId);
    return scores.ofBid(bidService.ofTender(tender, bidId).id());
  }

  /** A tender's evaluation, with the tender it evaluates (read once). */
  public record Evaluated(Tender tender, TenderEvaluation.Result result) {}

  public Evaluated evaluate(String tenderId) {
    Tender tender = participating(tenderId);
    return new Evaluated(tender, evaluate(tender));
  }

  /** Evaluates from four reads: the question set, the bids, their scores and the proxy set. */
  public TenderEvaluation.Result evaluate(Tender tender) {
    tender.requireUnsealed(now());
    QuestionSet set = questionSets.boundTo(tender);
    List<Bid> all = bids.ofTender(tender.id(), null, Integer.MAX_VALUE);
    Map<String, List<AnswerScore>> byBid =
        scores.ofTender(tender.id()).stream().collect(Collectors.groupingBy(AnswerScore::bidId));
    Function<List<ValuationEngine.Item>, ValuationEngine.Result> valuer = null;
    if (tender.proxySetId() != null) {
      ProxySet proxies = frameworks.proxySetNamedBy(tender.proxySetId());
      Map<String, Measure> measures = frameworks.measuresOf(proxies.editionId());
      valuer = items -> ValuationEngine.value(proxies, measures, items);
    }
    return TenderEvaluation.evaluate(
        new TenderEvaluation.TenderFacts(
            set.questions(),
            tender.socialValueWeighting(),
            tender.contractValue(),
            tender.evaluators()),
        all,
        byBid,
        valuer);
  }

  private AnswerScore put(
      Tender tender,
      String bidId,
      String questionKey,
      AnswerScore.Kind kind,
      String subject,
      int score,
      String comment) {
    Bid bid = bidService.ofTender(tender, bidId);
    if (tender.status(now()) == uk.svkit.api.procurement.domain.TenderStatus.AWARDED) {
      throw new ProblemException(
          uk.svkit.api.platform.problem.ProblemType.CONFLICT,
          "The tender has been awarded; its scores are final.");
    }
    Question question =
        questionSets
            .boundTo(tender)
            .question(questionKey)
            .orElseThrow(() -> ProblemException.notFound("Question", questionKey));
    if (!question.hasRubricScore(score)) {
      throw ProblemException.invalid(
          "score",
          "must be one of the question's rubric scores: "
              + question.rubric().stream()
                  .map(l -> Integer.toString(l.score()))
                  .collect(Collectors.joining(", ")));
    }
    String slot = kind == AnswerScore.Kind.MODERATION ? AnswerScore.FINAL_SLOT : subject;
    var existing = scores.slot(bid.id(), questionKey, kind, slot);
    if (existing.isPresent()) {
      existing.get().rescore(subject, score, comment);
      return scores.store(existing.get());
    }
    return scores.add(
        new AnswerScore(
            tender.ownerOrganisationId(),
            tender.id(),
            bid.id(),
            questionKey,
            kind,
            subject,
            score,
            comment));
  }

  /**
   * The tender, if the caller takes part in its evaluation (its buyer or an assigned evaluator).
   */
  private Tender participating(String tenderId) {
    Tender tender = tenders.find(tenderId);
    if (!ProcurementAccess.readsAllBids(Tenancy.caller(), tender)) {
      throw ProblemException.forbidden(
          "Only the buyer and the evaluators assigned to tender "
              + tenderId
              + " take part in its evaluation.");
    }
    tender.requireUnsealed(now());
    return tender;
  }

  private OffsetDateTime now() {
    return Timestamps.now(clock);
  }
}
