package uk.svkit.api.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.procurement.domain.Answer;
import uk.svkit.api.procurement.domain.Bid;
import uk.svkit.api.procurement.domain.BidRepository;
import uk.svkit.api.procurement.domain.ProcurementAccess;
import uk.svkit.api.procurement.domain.QuestionSet;
import uk.svkit.api.procurement.domain.QuestionSetRepository;
import uk.svkit.api.procurement.domain.Tender;
import uk.svkit.api.procurement.domain.TenderRepository;

/** What other contexts may read of an awarded bid: tracking turns its commitments into KPIs. */
@ApplicationScoped
public class AwardedBids {
  @Inject BidRepository bids;
  @Inject TenderRepository tenders;
  @Inject QuestionSetRepository questionSets;

  public record AwardedCommitment(
      String measureCode,
      BigDecimal quantity,
      String period,
      String placeCode,
      String vcfsePartnerOrganisationId) {}

  public record AwardedBid(
      String tenderId,
      String bidId,
      String buyerOrganisationId,
      String supplierOrganisationId,
      String tenderTitle,
      String ocid,
      Money price,
      String editionId,
      String proxySetId,
      List<AwardedCommitment> commitments) {}

  /** The bid, if it won a tender the caller's organisation runs; 409 if it has not (yet) won. */
  public AwardedBid winning(String bidId) {
    Bid bid = bids.findVisible(bidId).orElseThrow(() -> ProblemException.notFound("Bid", bidId));
    Tender tender = tenders.find(bid.tenderId());
    if (!ProcurementAccess.manages(Tenancy.caller(), tender)) {
      throw ProblemException.notFound("Bid", bidId);
    }
    if (!bid.id().equals(tender.awardedBidId())) {
      throw new ProblemException(
          ProblemType.CONFLICT, "Bid " + bidId + " has not been awarded its tender.");
    }
    QuestionSet set = questionSets.boundTo(tender);
    List<AwardedCommitment> commitments =
        bid.answers().stream()
            .map(Answer::commitment)
            .filter(c -> c != null)
            .map(
                c ->
                    new AwardedCommitment(
                        c.measureCode(),
                        c.quantity(),
                        c.period().name(),
                        c.placeCode(),
                        c.vcfsePartnerOrganisationId()))
            .toList();
    return new AwardedBid(
        tender.id(),
        bid.id(),
        tender.ownerOrganisationId(),
        bid.ownerOrganisationId(),
        tender.title(),
        tender.ocid(),
        new Money(bid.price(), tender.currency()),
        set.editionId(),
        tender.proxySetId(),
        commitments);
  }
}
