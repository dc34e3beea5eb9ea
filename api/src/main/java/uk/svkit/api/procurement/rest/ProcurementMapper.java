package uk.svkit.api.procurement.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.rest.FrameworkMapper;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.procurement.application.BidView;
import uk.svkit.api.procurement.application.TenderView;
import uk.svkit.api.procurement.domain.Answer;
import uk.svkit.api.procurement.domain.AnswerScore;
import uk.svkit.api.procurement.domain.Bid;
import uk.svkit.api.procurement.domain.BidRevision;
import uk.svkit.api.procurement.domain.ProcurementAccess;
import uk.svkit.api.procurement.domain.Question;
import uk.svkit.api.procurement.domain.QuestionSet;
import uk.svkit.api.procurement.domain.QuestionType;
import uk.svkit.api.procurement.domain.RubricLevel;
import uk.svkit.api.procurement.domain.Tender;
import uk.svkit.api.procurement.domain.TenderEvaluation;

/** Between procurement domain objects and their JSON bodies. */
final class ProcurementMapper {
  private ProcurementMapper() {}

  static List<Question> questions(List<QuestionRequest> inputs) {
    return inputs.stream()
        .map(
            q ->
                new Question(
                    q.key,
                    q.type,
                    q.text,
                    q.guidance,
                    q.weight,
                    q.maxCharacters,
                    q.maxWords,
                    q.measureCode,
                    q.options,
                    q.unitLabel,
                    q.links,
                    q.rubric == null
                        ? null
                        : q.rubric.stream()
                            .map(l -> new RubricLevel(l.score, l.descriptor))
                            .sorted(java.util.Comparator.comparingInt(RubricLevel::score))
                            .toList()))
        .toList();
  }

  static QuestionSetResponse questionSet(
      QuestionSet set, Edition edition, Map<String, Measure> measures) {
    QuestionSetResponse dto = new QuestionSetResponse();
    dto.id = set.id();
    dto.seriesId = set.seriesId();
    dto.versionNumber = set.versionNumber();
    dto.status = set.status();
    dto.title = set.title();
    dto.description = set.description();
    dto.frameworkCode = edition.framework().code();
    dto.edition = edition.edition();
    dto.questions =
        set.questions().stream().map(q -> question(q, measures.get(q.measureCode()))).toList();
    dto.publishedAt = set.publishedAt();
    dto.retiredAt = set.retiredAt();
    if (Tenancy.canSee(set.ownerOrganisationId())) {
      dto.sharedWith = set.sharedWith().stream().sorted().toList();
    }
    dto.ownerOrganisationId = set.ownerOrganisationId();
    dto.createdAt = set.createdAt();
    dto.updatedAt = set.updatedAt();
    dto.version = set.version();
    return dto;
  }

  static QuestionResponse question(Question q, Measure measure) {
    QuestionResponse dto = new QuestionResponse();
    dto.key = q.key();
    dto.type = q.type();
    dto.text = q.text();
    dto.guidance = q.guidance();
    dto.weight = q.weight();
    dto.maxCharacters = q.maxCharacters();
    dto.maxWords = q.maxWords();
    dto.measureCode = q.measureCode();
    if (q.type() == QuestionType.COMMITMENT && measure != null) {
      dto.unitType = measure.unitType().name();
      dto.unitLabel = measure.unitLabel();
    } else {
      dto.unitLabel = q.unitLabel();
    }
    dto.options = q.options().isEmpty() ? null : q.options();
    dto.links = q.links().isEmpty() ? null : q.links();
    dto.rubric =
        q.rubric().stream()
            .map(
                l -> {
                  RubricLevelRequest level = new RubricLevelRequest();
                  level.score = l.score();
                  level.descriptor = l.descriptor();
                  return level;
                })
            .toList();
    return dto;
  }

  static TenderResponse tender(TenderView view) {
    Tender t = view.tender();
    TenderResponse dto = new TenderResponse();
    dto.id = t.id();
    dto.buyerOrganisationId = t.ownerOrganisationId();
    dto.buyerTenderId = t.buyerTenderId();
    dto.ocid = t.ocid();
    dto.title = t.title();
    dto.questionSetId = t.questionSetId();
    dto.questionSetVersionNumber = view.questionSet().versionNumber();
    dto.proxySetId = t.proxySetId();
    dto.socialValueWeighting = t.socialValueWeighting();
    dto.contractValue = t.contractValue().amount();
    dto.currency = t.currency();
    dto.deadline = t.deadline();
    dto.status = view.status();
    Caller caller = Tenancy.caller();
    if (ProcurementAccess.readsAllBids(caller, t)) {
      dto.evaluators = t.evaluators().stream().sorted().toList();
    }
    dto.awardedBidId = t.awardedBidId();
    dto.awardedAt = t.awardedAt();
    dto.createdAt = t.createdAt();
    dto.updatedAt = t.updatedAt();
    dto.version = t.version();
    return dto;
  }

  static List<Answer> answers(List<AnswerRequest> dtos) {
    return dtos.stream()
        .map(
            a ->
                new Answer(
                    a.questionKey,
                    a.text,
                    a.yes,
                    a.number,
                    a.commitment == null
                        ? null
                        : new Answer.Commitment(
                            a.commitment.measureCode,
                            a.commitment.quantity,
                            a.commitment.period,
                            a.commitment.placeCode,
                            a.commitment.vcfsePartnerOrganisationId)))
        .toList();
  }

  static List<AnswerRequest> answerDtos(List<Answer> answers, Map<String, Measure> measures) {
    List<AnswerRequest> dtos = new ArrayList<>();
    for (Answer a : answers) {
      AnswerRequest dto = new AnswerRequest();
      dto.questionKey = a.questionKey();
      dto.text = a.text();
      dto.yes = a.yes();
      dto.number = a.number();
      if (a.commitment() != null) {
        CommitmentRequest c = new CommitmentRequest();
        c.measureCode = a.commitment().measureCode();
        Measure measure = measures.get(c.measureCode);
        c.unitLabel = measure == null ? null : measure.unitLabel();
        c.quantity = a.commitment().quantity();
        c.period = a.commitment().period();
        c.placeCode = a.commitment().placeCode();
        c.vcfsePartnerOrganisationId = a.commitment().vcfsePartnerOrganisationId();
        dto.commitment = c;
      }
      dtos.add(dto);
    }
    return dtos;
  }

  static BidResponse bid(BidView view) {
    Bid bid = view.bid();
    BidResponse dto = new BidResponse();
    dto.id = bid.id();
    dto.tenderId = bid.tenderId();
    dto.supplierOrganisationId = bid.ownerOrganisationId();
    dto.revision = bid.revision();
    dto.price = bid.price();
    dto.currency = view.currency();
    dto.answers = answerDtos(bid.answers(), view.measures());
    dto.submittedAt = bid.submittedAt();
    dto.updatedAt = bid.updatedAt();
    dto.version = bid.version();
    return dto;
  }

  static BidRevisionResponse revision(BidRevision r, Map<String, Measure> measures) {
    BidRevisionResponse dto = new BidRevisionResponse();
    dto.revision = r.revision();
    dto.submittedAt = r.submittedAt();
    dto.submittedBy = r.submittedBy();
    dto.price = r.price();
    dto.answers = answerDtos(r.answers(), measures);
    return dto;
  }

  static ScoreResponse score(AnswerScore s) {
    ScoreResponse dto = new ScoreResponse();
    dto.questionKey = s.questionKey();
    dto.evaluator = s.scoredBy();
    dto.score = s.score();
    dto.comment = s.comment();
    dto.updatedAt = s.updatedAt();
    return dto;
  }

  static ModerationResponse moderation(AnswerScore s) {
    ModerationResponse dto = new ModerationResponse();
    dto.questionKey = s.questionKey();
    dto.moderator = s.scoredBy();
    dto.score = s.score();
    dto.rationale = s.comment();
    dto.updatedAt = s.updatedAt();
    return dto;
  }

  static BidScoresResponse bidScores(String bidId, List<AnswerScore> scores) {
    BidScoresResponse dto = new BidScoresResponse();
    dto.bidId = bidId;
    dto.scores =
        scores.stream()
            .filter(s -> s.kind() == AnswerScore.Kind.EVALUATION)
            .map(ProcurementMapper::score)
            .toList();
    dto.moderations =
        scores.stream()
            .filter(s -> s.kind() == AnswerScore.Kind.MODERATION)
            .map(ProcurementMapper::moderation)
            .toList();
    return dto;
  }

  static EvaluationResponse evaluation(Tender tender, TenderEvaluation.Result result) {
    EvaluationResponse dto = new EvaluationResponse();
    dto.tenderId = tender.id();
    dto.socialValueWeighting = tender.socialValueWeighting();
    dto.currency = tender.currency();
    dto.proxySetId = tender.proxySetId();
    dto.complete = result.complete();
    dto.bids = result.bids().stream().map(ProcurementMapper::bidEvaluation).toList();
    return dto;
  }

  private static BidEvaluationResponse bidEvaluation(TenderEvaluation.BidResult r) {
    BidEvaluationResponse dto = new BidEvaluationResponse();
    dto.bidId = r.bidId();
    dto.supplierOrganisationId = r.supplierOrganisationId();
    dto.rank = r.rank();
    dto.price = r.price();
    dto.scorePercent = r.scorePercent();
    dto.weightedScore = r.weightedScore();
    dto.questions =
        r.questions().stream()
            .map(
                q -> {
                  QuestionEvaluationResponse qe = new QuestionEvaluationResponse();
                  qe.questionKey = q.questionKey();
                  qe.weight = q.weight();
                  qe.finalScore = q.finalScore();
                  qe.status = q.status();
                  qe.scores = q.scores();
                  return qe;
                })
            .toList();
    BigDecimal value = r.commitmentValue();
    dto.commitmentValue = value;
    dto.valuePerPound = r.valuePerPound();
    if (r.valuation() != null) {
      ValuationTraceResponse trace = new ValuationTraceResponse();
      trace.terms = r.valuation().terms().stream().map(FrameworkMapper::term).toList();
      trace.total = r.valuation().total();
      dto.valuation = trace;
    }
    dto.flags =
        r.flags().stream()
            .map(
                f -> {
                  BidFlagResponse flag = new BidFlagResponse();
                  flag.code = f.code();
                  flag.questionKey = f.questionKey();
                  flag.detail = f.detail();
                  return flag;
                })
            .toList();
    return dto;
  }
}
