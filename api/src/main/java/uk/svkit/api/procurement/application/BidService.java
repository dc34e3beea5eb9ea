package uk.svkit.api.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.procurement.domain.Answer;
import uk.svkit.api.procurement.domain.Bid;
import uk.svkit.api.procurement.domain.BidRepository;
import uk.svkit.api.procurement.domain.BidRules;
import uk.svkit.api.procurement.domain.ProcurementAccess;
import uk.svkit.api.procurement.domain.QuestionSet;
import uk.svkit.api.procurement.domain.QuestionSetRepository;
import uk.svkit.api.procurement.domain.Tender;
import uk.svkit.api.procurement.domain.TenderRepository;

/**
 * Suppliers' bids: one per supplier and tender, revisable until the deadline with every revision
 * kept, sealed from everyone but the supplier until the deadline.
 */
@ApplicationScoped
public class BidService {
  @Inject EventRecorder events;
  @Inject TenderRepository tenders;
  @Inject QuestionSetRepository questionSets;
  @Inject BidRepository bids;
  @Inject Clock clock;
  @Inject OrganisationService organisations;
  @Inject FrameworkService frameworks;

  @Transactional
  public BidView submit(String tenderId, BigDecimal price, List<Answer> answers) {
    Caller caller = Tenancy.caller();
    Tender tender = tenders.find(tenderId);
    if (!ProcurementAccess.isSupplier(caller)) {
      throw ProblemException.forbidden("Bids are submitted by suppliers.");
    }
    tender.requireOpen(now());
    if (bids.ofSupplier(tenderId, caller.organisationId()).isPresent()) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Your organisation has already bid for this tender; revise that bid instead.");
    }
    List<Answer> checked = check(tender, answers);
    Bid bid = bids.add(new Bid(caller.organisationId(), tenderId, price, checked, now()));
    bids.addRevision(bid.currentRevision(caller.subject()));
    // The buyer learns that a bid arrived, not from whom or what: bids are sealed until the
    // deadline.
    events.record(
        EventTypes.BID_SUBMITTED,
        "tenders/" + tender.id(),
        EventRecorder.data(
            "tenderId",
            tender.id(),
            "buyerTenderId",
            tender.buyerTenderId(),
            "deadline",
            tender.deadline()),
        tender.ownerOrganisationId());
    return view(tender, bid);
  }

  @Transactional
  public BidView revise(
      String tenderId, String bidId, long expectedVersion, BigDecimal price, List<Answer> answers) {
    Caller caller = Tenancy.caller();
    Tender tender = tenders.find(tenderId);
    Bid bid = ofTender(tender, bidId);
    if (!bid.ownerOrganisationId().equals(caller.organisationId())) {
      throw ProblemException.forbidden("Only the supplier that submitted a bid can revise it.");
    }
    tender.requireOpen(now());
    Bid stored =
        bids.update(bid, expectedVersion, () -> bid.revise(price, check(tender, answers), now()));
    bids.addRevision(stored.currentRevision(caller.subject()));
    return view(tender, stored);
  }

  public BidView get(String tenderId, String bidId) {
    Tender tender = tenders.find(tenderId);
    return view(tender, ofTender(tender, bidId));
  }

  /**
   * The bids the caller may read: a supplier its own, the buyer and evaluators all (after the
   * deadline).
   */
  public List<BidView> list(String tenderId, String afterId, int fetch) {
    Caller caller = Tenancy.caller();
    Tender tender = tenders.find(tenderId);
    List<Bid> page;
    if (ProcurementAccess.readsAllBids(caller, tender)) {
      tender.requireUnsealed(now());
      page = bids.ofTender(tenderId, afterId, fetch);
    } else {
      page =
          bids.ofSupplier(tenderId, caller.organisationId())
              .filter(b -> afterId == null || b.id().compareTo(afterId) > 0)
              .map(List::of)
              .orElse(List.of());
    }
    // Every bid of the page answers the same tender: its measures are read once.
    Map<String, Measure> measures = measuresOf(tender);
    return page.stream().map(b -> new BidView(b, tender.currency(), measures)).toList();
  }

  public BidRevisionsView revisions(String tenderId, String bidId) {
    Tender tender = tenders.find(tenderId);
    return new BidRevisionsView(bids.revisions(ofTender(tender, bidId).id()), measuresOf(tender));
  }

  /** A bid of the tender the caller may read; before the deadline only its supplier may. */
  public Bid ofTender(Tender tender, String bidId) {
    Bid bid =
        bids.findVisible(bidId)
            .filter(b -> b.tenderId().equals(tender.id()))
            .orElseThrow(() -> ProblemException.notFound("Bid", bidId));
    // The seal is about who bid, not who may see the organisation's records: admins wait too.
    if (!ProcurementAccess.isBidder(Tenancy.caller(), bid)) {
      tender.requireUnsealed(now());
    }
    return bid;
  }

  private BidView view(Tender tender, Bid bid) {
    return new BidView(bid, tender.currency(), measuresOf(tender));
  }

  /** The measures the tender's questions (and so its bids' commitments) are measured in. */
  private Map<String, Measure> measuresOf(Tender tender) {
    return frameworks.measuresOf(questionSets.boundTo(tender).editionId());
  }

  private List<Answer> check(Tender tender, List<Answer> answers) {
    QuestionSet set = questionSets.boundTo(tender);
    BidRules.Checked checked = BidRules.check(set.questions(), answers);
    List<Problem.FieldError> problems = new ArrayList<>(checked.problems());
    for (int i = 0; i < answers.size(); i++) {
      Answer.Commitment c = answers.get(i).commitment();
      if (c != null && c.vcfsePartnerOrganisationId() != null) {
        boolean vcfse =
            organisations
                .reference(c.vcfsePartnerOrganisationId())
                .map(OrganisationRef::roles)
                .map(roles -> roles.contains(OrganisationRole.VCFSE))
                .orElse(false);
        if (!vcfse) {
          problems.add(
              new Problem.FieldError(
                  "answers[" + i + "].commitment.vcfsePartnerOrganisationId",
                  "is not a VCFSE organisation known to svkit"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The bid does not answer the tender's questions as asked.",
          problems,
          Map.of());
    }
    return checked.answers();
  }

  private OffsetDateTime now() {
    return Timestamps.now(clock);
  }
}
