package uk.svkit.api.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.procurement.domain.BidRepository;
import uk.svkit.api.procurement.domain.ProcurementAccess;
import uk.svkit.api.procurement.domain.QuestionSet;
import uk.svkit.api.procurement.domain.QuestionSetRepository;
import uk.svkit.api.procurement.domain.QuestionSetStatus;
import uk.svkit.api.procurement.domain.Tender;
import uk.svkit.api.procurement.domain.TenderRepository;
import uk.svkit.api.procurement.domain.TenderStatus;

/** Tenders: binding a published question set, deadlines, evaluators and the award. */
@ApplicationScoped
public class TenderService {
  @Inject EventRecorder events;
  @Inject TenderRepository tenders;
  @Inject QuestionSetRepository questionSets;
  @Inject BidRepository bids;
  @Inject FrameworkService frameworks;
  @Inject EvaluationService evaluations;
  @Inject Clock clock;

  /** The national model asks for at least 10 %; a buyer's policy may ask for more. */
  @Inject
  @ConfigProperty(name = "svkit.procurement.min-social-value-weighting", defaultValue = "10")
  BigDecimal minimumWeighting;

  /** What a buyer gives to create a tender. */
  public record NewTender(
      String buyerTenderId,
      String ocid,
      String title,
      String questionSetId,
      String proxySetId,
      BigDecimal socialValueWeighting,
      Money contractValue,
      OffsetDateTime deadline) {}

  @Transactional
  public TenderView create(NewTender t) {
    Caller caller = Tenancy.caller();
    String buyer = caller.organisationId();
    if (buyer == null) {
      throw ProblemException.forbidden(
          "Tenders belong to a buyer organisation; act as one to create them.");
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    if (t.socialValueWeighting().compareTo(minimumWeighting) < 0) {
      errors.add(
          new Problem.FieldError(
              "socialValueWeighting",
              "social value must carry at least "
                  + minimumWeighting.stripTrailingZeros().toPlainString()
                  + " % of the total tender score"));
    }
    if (!t.deadline().isAfter(now())) {
      errors.add(new Problem.FieldError("deadline", "must be in the future"));
    }
    QuestionSet set = questionSets.findVisible(t.questionSetId()).orElse(null);
    if (set == null) {
      errors.add(
          new Problem.FieldError(
              "questionSetId", "there is no question set " + t.questionSetId() + " you can use"));
    } else if (set.status() != QuestionSetStatus.PUBLISHED) {
      errors.add(
          new Problem.FieldError(
              "questionSetId",
              "a tender can only use a published question set; this one is " + set.status()));
    }
    if (t.proxySetId() != null) {
      ProxySet proxies = frameworks.proxySetIfVisible(t.proxySetId()).orElse(null);
      if (proxies == null) {
        errors.add(
            new Problem.FieldError(
                "proxySetId", "there is no proxy set " + t.proxySetId() + " you can use"));
      } else {
        if (set != null && !proxies.editionId().equals(set.editionId())) {
          errors.add(
              new Problem.FieldError(
                  "proxySetId",
                  "the proxy set is for another framework edition than the question set"));
        }
        if (!proxies.currency().equals(t.contractValue().currency())) {
          errors.add(
              new Problem.FieldError(
                  "proxySetId",
                  "the proxy set is in "
                      + proxies.currency()
                      + ", the tender in "
                      + t.contractValue().currency()));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED, "The tender cannot be created.", errors, Map.of());
    }
    if (tenders.buyerTenderIdTaken(buyer, t.buyerTenderId())) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "You already have a tender with your id " + t.buyerTenderId() + ".");
    }
    return view(
        tenders.add(
            new Tender(
                buyer,
                t.buyerTenderId(),
                t.ocid(),
                t.title(),
                t.questionSetId(),
                t.proxySetId(),
                t.socialValueWeighting(),
                t.contractValue(),
                t.deadline())));
  }

  public TenderView get(String id) {
    return view(tenders.find(id));
  }

  public List<TenderView> list(
      TenderStatus status, OffsetDateTime afterDeadline, String afterId, int fetch) {
    OffsetDateTime now = now();
    // A page's tenders mostly ask a few question sets: read each set once.
    Map<String, QuestionSet> sets = new HashMap<>();
    return tenders.list(Tenancy.caller(), status, now, afterDeadline, afterId, fetch).stream()
        .map(
            t ->
                new TenderView(
                    t,
                    sets.computeIfAbsent(t.questionSetId(), id -> questionSets.boundTo(t)),
                    t.status(now)))
        .toList();
  }

  /** The question set a tender asks, for anyone who may see the tender (bidders included). */
  private QuestionSet questionSetOf(Tender tender) {
    return questionSets.boundTo(tender);
  }

  /** The tender with its question set and its status now. */
  private TenderView view(Tender tender) {
    return new TenderView(tender, questionSetOf(tender), tender.status(now()));
  }

  /**
   * The question set a tender asks with the edition and measures its questions measure against, for
   * anyone who may see the tender (bidders included): all a response needs, in one call.
   */
  public QuestionSetService.QuestionSetView questionSetView(String tenderId) {
    QuestionSet set = questionSetOf(tenders.find(tenderId));
    return new QuestionSetService.QuestionSetView(
        set, frameworks.edition(set.editionId()), frameworks.measuresOf(set.editionId()));
  }

  @Transactional
  public TenderView changeDeadline(String id, long expectedVersion, OffsetDateTime deadline) {
    Tender tender = managed(id);
    return view(
        tenders.update(tender, expectedVersion, () -> tender.changeDeadline(deadline, now())));
  }

  @Transactional
  public TenderView assignEvaluators(String id, long expectedVersion, Set<String> subjects) {
    Tender tender = managed(id);
    return view(tenders.update(tender, expectedVersion, () -> tender.assignEvaluators(subjects)));
  }

  /** Awards the tender to one of its bids, once every answer of every bid has a final score. */
  @Transactional
  public TenderView award(String id, long expectedVersion, String bidId) {
    Tender tender = managed(id);
    Tender awarded =
        tenders.update(
            tender,
            expectedVersion,
            () -> {
              var bid =
                  bids.findVisible(bidId)
                      .filter(b -> b.tenderId().equals(tender.id()))
                      .orElseThrow(
                          () -> ProblemException.invalid("bidId", "is not a bid of this tender"));
              if (tender.status(now()) == TenderStatus.CLOSED
                  && !evaluations.evaluate(tender).complete()) {
                throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Every answer of every bid needs a final score (scored or moderated) before the award.");
              }
              tender.award(bid.id(), now());
            });
    String supplier = bids.find(awarded.awardedBidId()).ownerOrganisationId();
    events.record(
        EventTypes.TENDER_AWARDED,
        "tenders/" + awarded.id(),
        EventRecorder.data(
            "tenderId", awarded.id(),
            "buyerTenderId", awarded.buyerTenderId(),
            "ocid", awarded.ocid(),
            "bidId", awarded.awardedBidId(),
            "supplierOrganisationId", supplier,
            "awardedAt", awarded.awardedAt()),
        awarded.ownerOrganisationId(),
        supplier);
    return view(awarded);
  }

  /** The tender, if the caller manages it (its buyer); others who can see it get 403. */
  Tender managed(String id) {
    Tender tender = tenders.find(id);
    if (!ProcurementAccess.manages(Tenancy.caller(), tender)) {
      throw ProblemException.forbidden("Only the buyer that owns tender " + id + " can change it.");
    }
    return tender;
  }

  /** Now, at the database's precision (microseconds), so what is returned is what is stored. */
  private OffsetDateTime now() {
    return Timestamps.now(clock);
  }
}
