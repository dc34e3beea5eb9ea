package uk.svkit.api.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.svkit.api.directory.domain.Need;
import uk.svkit.api.directory.domain.NeedRepository;
import uk.svkit.api.directory.domain.Pledge;
import uk.svkit.api.directory.domain.PledgeRepository;
import uk.svkit.api.directory.domain.SupportDelivered;
import uk.svkit.api.directory.domain.VcfseProfileRepository;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/**
 * The noticeboard: VCFSEs post and manage their needs; businesses pledge to meet them and record
 * what they delivered. Needs are public; a pledge is seen by its business and the need's VCFSE.
 */
@ApplicationScoped
public class NoticeboardService {
  @Inject NeedRepository needs;
  @Inject EventRecorder events;
  @Inject PledgeRepository pledges;
  @Inject jakarta.enterprise.event.Event<SupportDelivered> deliveries;
  @Inject DeliveryService confirmations;
  @Inject VcfseProfileRepository profiles;
  @Inject OrganisationService organisations;
  @Inject Clock clock;

  @Transactional
  public NeedView post(Need.Terms terms) {
    Caller caller = Tenancy.caller();
    String vcfse = caller.organisationId();
    if (vcfse == null || profiles.findVisible(vcfse).isEmpty()) {
      throw ProblemException.businessRule(
          "Needs are posted by a VCFSE with a directory profile; write your profile first.");
    }
    NoticeboardRules.checkListing(terms.placeCode(), terms.unit(), terms.quantity());
    if (terms.expiresOn().isBefore(today())) {
      throw ProblemException.businessRule("A new need must expire today or later.");
    }
    Need need = needs.add(new Need(vcfse, terms));
    // Needs are public noticeboard entries: every organisation may hear of them.
    events.recordPublic(
        EventTypes.NEED_POSTED,
        "directory/needs/" + need.id(),
        EventRecorder.data(
            "needId", need.id(),
            "organisationId", vcfse,
            "supportType", need.supportType(),
            "title", need.title(),
            "quantity", need.quantity(),
            "unit", need.unit(),
            "placeCode", need.placeCode(),
            "expiresOn", need.expiresOn()));
    return view(need);
  }

  /**
   * Changes an open need. The expiry may be brought into the past: that ends its listing (and new
   * pledges) at once while pledges already made stay deliverable.
   */
  @Transactional
  public NeedView revise(String needId, long expectedVersion, Need.Terms terms) {
    Need need = ownNeed(needId);
    Versions.requireCurrent(expectedVersion, need.version());
    NoticeboardRules.checkListing(terms.placeCode(), terms.unit(), terms.quantity());
    need.revise(terms);
    return view(needs.store(need));
  }

  @Transactional
  public NeedView close(String needId, long expectedVersion) {
    Need need = ownNeed(needId);
    Versions.requireCurrent(expectedVersion, need.version());
    need.close();
    return view(needs.store(need));
  }

  public NeedView get(String needId) {
    return view(needs.find(needId));
  }

  private NeedView view(Need need) {
    return new NeedView(
        need, profiles.findVisible(need.ownerOrganisationId()).orElse(null), today());
  }

  /** A business pledges to meet the need, in whole ({@code quantity} absent) or in part. */
  @Transactional
  public Pledge pledge(String needId, BigDecimal quantity, String note, String commitmentId) {
    Caller caller = Tenancy.caller();
    String business = caller.organisationId();
    boolean supplier =
        business != null
            && organisations
                .reference(business)
                .map(o -> o.hasRole(OrganisationRole.SUPPLIER))
                .orElse(false);
    if (!supplier) {
      throw ProblemException.forbidden("Pledges are made by a business registered as a supplier.");
    }
    Need need = needs.find(needId);
    if (need.ownerOrganisationId().equals(business)) {
      throw ProblemException.businessRule("An organisation cannot pledge to its own need.");
    }
    BigDecimal amount = need.acceptPledge(quantity, today());
    needs.store(need);
    Pledge pledge = pledges.add(new Pledge(business, need, amount, note, commitmentId));
    told(EventTypes.PLEDGE_MADE, pledge, need);
    return pledge;
  }

  public List<Pledge> pledgesOf(String needId) {
    needs.find(needId);
    return pledges.ofNeed(needId);
  }

  public Pledge pledgeById(String pledgeId) {
    return pledges.find(pledgeId);
  }

  /** The pledging business records what it delivered; the need is met when deliveries cover it. */
  @Transactional
  public Pledge recordDelivery(
      String pledgeId, long expectedVersion, BigDecimal delivered, String note) {
    Pledge pledge = pledges.find(pledgeId);
    NoticeboardRules.requireActingFor(
        pledge.ownerOrganisationId(), "Only the business that pledged records its delivery.");
    Versions.requireCurrent(expectedVersion, pledge.version());
    BigDecimal amount = pledge.recordDelivery(delivered, note, OffsetDateTime.now(clock));
    Need need = needs.find(pledge.needId());
    need.recordDelivery(amount);
    needs.store(need);
    Pledge stored = pledges.store(pledge);
    SupportDelivered support =
        SupportDelivered.of(
            SupportDelivered.Through.PLEDGE,
            stored,
            need,
            need.ownerOrganisationId(),
            stored.ownerOrganisationId());
    if (stored.commitmentId() != null) {
      deliveries.fire(support);
    }
    confirmations.recorded(support);
    told(EventTypes.PLEDGE_DELIVERED, stored, need);
    return stored;
  }

  /** Tells the VCFSE and the pledging business of a pledge's step. */
  private void told(String type, Pledge pledge, Need need) {
    events.record(
        type,
        "directory/pledges/" + pledge.id(),
        EventRecorder.data(
            "pledgeId", pledge.id(),
            "needId", need.id(),
            "vcfseOrganisationId", need.ownerOrganisationId(),
            "supplierOrganisationId", pledge.ownerOrganisationId(),
            "quantity", pledge.quantity(),
            "commitmentId", pledge.commitmentId(),
            "deliveredQuantity", pledge.deliveredQuantity(),
            "deliveredAt", pledge.deliveredAt()),
        need.ownerOrganisationId(),
        pledge.ownerOrganisationId());
  }

  /** The need, if the caller is its VCFSE (or an admin); another organisation gets 403. */
  private Need ownNeed(String needId) {
    Need need = needs.find(needId);
    NoticeboardRules.requireActingFor(
        need.ownerOrganisationId(), "Only the VCFSE that posted the need may change it.");
    return need;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
