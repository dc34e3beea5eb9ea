package uk.svkit.api.recognition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.framework.domain.UnitType;
import uk.svkit.api.framework.domain.ValuationEngine;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.recognition.domain.Partnership;
import uk.svkit.api.recognition.domain.PartnershipCommitment;
import uk.svkit.api.recognition.domain.PartnershipDelivery;
import uk.svkit.api.recognition.domain.PartnershipDeliveryRepository;
import uk.svkit.api.recognition.domain.PartnershipDeliveryStatus;
import uk.svkit.api.recognition.domain.PartnershipRepository;
import uk.svkit.api.recognition.domain.PartnershipSide;

/**
 * Partnerships between a business and a VCFSE outside contracts: the business records them and
 * their deliveries, the VCFSE confirms, adjusts or disputes each delivery, and only what it
 * confirmed counts, valued by the framework's one valuation engine with the partnership's proxy
 * set. Each side decides for itself whether the partnership shows on public recognitions.
 */
@ApplicationScoped
public class PartnershipService {
  /** At most this many commitments per partnership (an input limit, not a business rule). */
  public static final int MAX_COMMITMENTS = 50;

  @Inject PartnershipRepository partnerships;
  @Inject PartnershipDeliveryRepository deliveries;
  @Inject OrganisationService organisations;
  @Inject FrameworkService frameworks;
  @Inject Clock clock;

  public record NewCommitment(String measureCode, BigDecimal targetQuantity) {}

  /** A partnership as the business gives it; the framework edition is named by code and edition. */
  public record NewPartnership(
      String vcfseOrganisationId,
      String title,
      String description,
      LocalDate startedOn,
      LocalDate endsOn,
      String frameworkCode,
      String edition,
      String proxySetId,
      List<NewCommitment> commitments) {}

  public record NewDelivery(
      String measureCode, BigDecimal quantity, LocalDate deliveredOn, String note) {}

  /**
   * The £ value of a partnership with its proxy set: committed (the targets) and delivered (what
   * the VCFSE confirmed), with the engine's trace of the delivered value.
   */
  public record Value(
      String proxySetId,
      Money committedValue,
      Money deliveredValue,
      List<ValuationEngine.Term> trace) {
    /** The proxy set's currency, both values' (published beside their amounts). */
    public String currency() {
      return committedValue.currency();
    }

    public BigDecimal committed() {
      return committedValue.amount();
    }

    public BigDecimal delivered() {
      return deliveredValue.amount();
    }
  }

  /** A partnership with what its response shows beside it; {@code value} null without a set. */
  public record PartnershipView(
      Partnership partnership,
      Edition edition,
      Map<String, Measure> measures,
      OrganisationRef business,
      OrganisationRef vcfse,
      Value value) {}

  @Transactional
  public PartnershipView create(NewPartnership c) {
    Caller caller = Tenancy.caller();
    String business = caller.organisationId();
    if (business == null) {
      throw ProblemException.forbidden(
          "A partnership belongs to a business; act as one to record it.");
    }
    Edition edition = frameworks.edition(c.frameworkCode(), c.edition());
    Map<String, Measure> measures = frameworks.measuresOf(edition.id());
    List<Problem.FieldError> errors = new ArrayList<>();
    OrganisationRef vcfse = organisations.reference(c.vcfseOrganisationId()).orElse(null);
    if (vcfse == null || !vcfse.hasRole(OrganisationRole.VCFSE)) {
      errors.add(
          new Problem.FieldError(
              "vcfseOrganisationId", "is not a VCFSE organisation known to svkit"));
    } else if (vcfse.id().equals(business)) {
      errors.add(
          new Problem.FieldError(
              "vcfseOrganisationId", "is your own organisation; a partnership has two parties"));
    }
    if (c.endsOn() != null && c.endsOn().isBefore(c.startedOn())) {
      errors.add(new Problem.FieldError("endsOn", "must not be before startedOn"));
    }
    if (c.proxySetId() != null) {
      ProxySet set = frameworks.proxySetIfVisible(c.proxySetId()).orElse(null);
      if (set == null) {
        errors.add(
            new Problem.FieldError(
                "proxySetId", "there is no proxy set " + c.proxySetId() + " you can use"));
      } else if (!set.editionId().equals(edition.id())) {
        errors.add(
            new Problem.FieldError("proxySetId", "the proxy set is for another framework edition"));
      }
    }
    List<PartnershipCommitment> commitments = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < c.commitments().size(); i++) {
      NewCommitment k = c.commitments().get(i);
      String at = "commitments[" + i + "].measureCode";
      Measure measure = measures.get(k.measureCode());
      if (measure == null) {
        errors.add(
            new Problem.FieldError(
                at, "'" + k.measureCode() + "' is not a measure of the framework edition"));
      } else if (measure.unitType() == UnitType.TEXT) {
        errors.add(new Problem.FieldError(at, "is a narrative measure; commit to a quantity"));
      } else if (!seen.add(k.measureCode())) {
        errors.add(new Problem.FieldError(at, "is committed to twice; give one target"));
      }
      commitments.add(new PartnershipCommitment(i, k.measureCode(), k.targetQuantity()));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The partnership cannot be recorded.",
          errors,
          Map.of());
    }
    Partnership created =
        partnerships.add(
            new Partnership(
                business,
                new Partnership.Terms(
                    vcfse.id(),
                    c.title(),
                    c.description(),
                    c.startedOn(),
                    c.endsOn(),
                    edition.id(),
                    c.proxySetId()),
                commitments));
    return view(created, new Reads(List.of(created)));
  }

  public PartnershipView get(String id) {
    Partnership p = partnerships.find(id);
    return view(p, new Reads(List.of(p)));
  }

  /** The caller's partnerships, on either side (every one for platform admins). */
  public List<PartnershipView> list(LocalDate afterStart, String afterId, int fetch) {
    return views(partnerships.of(Tenancy.listScope(), afterStart, afterId, fetch));
  }

  /** The caller's side agrees to show the partnership publicly, or withdraws its consent. */
  @Transactional
  public PartnershipView showPublicly(String id, long expectedVersion, boolean shown) {
    Partnership p = partnerships.find(id);
    PartnershipSide side =
        p.sideOf(Tenancy.caller().organisationId())
            .orElseThrow(
                () ->
                    ProblemException.forbidden(
                        "Only the business or the VCFSE decides whether its side shows it."));
    partnerships.update(p, expectedVersion, () -> p.showPublicly(side, shown));
    return view(p, new Reads(List.of(p)));
  }

  @Transactional
  public PartnershipDelivery recordDelivery(String partnershipId, NewDelivery d) {
    Partnership p = partnerships.find(partnershipId);
    requireSide(p, PartnershipSide.BUSINESS, "Only the business records deliveries.");
    if (p.commitmentFor(d.measureCode()).isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The delivery is not on one of the partnership's commitments.",
          List.of(
              new Problem.FieldError(
                  "measureCode", "'" + d.measureCode() + "' is not committed to")),
          Map.of());
    }
    if (d.deliveredOn().isAfter(Timestamps.today(clock))) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "A delivery is recorded once it has happened.",
          List.of(new Problem.FieldError("deliveredOn", "must not be in the future")),
          Map.of());
    }
    return deliveries.add(
        new PartnershipDelivery(p, d.measureCode(), d.quantity(), d.deliveredOn(), d.note()));
  }

  public PartnershipDelivery delivery(String partnershipId, String deliveryId) {
    PartnershipDelivery d = deliveries.find(deliveryId);
    if (!d.partnershipId().equals(partnershipId)) {
      throw ProblemException.notFound("Partnership delivery", deliveryId);
    }
    return d;
  }

  public List<PartnershipDelivery> deliveries(
      String partnershipId,
      PartnershipDeliveryStatus status,
      LocalDate afterDay,
      String afterId,
      int fetch) {
    partnerships.find(partnershipId);
    return deliveries.of(partnershipId, status, afterDay, afterId, fetch);
  }

  /**
   * The VCFSE's decision on a delivery; what it confirms is added to the commitment's kept total in
   * the same transaction.
   */
  @Transactional
  public PartnershipDelivery decide(
      String partnershipId,
      String deliveryId,
      long expectedVersion,
      PartnershipDeliveryStatus outcome,
      BigDecimal quantity,
      String reason) {
    Partnership p = partnerships.find(partnershipId);
    PartnershipDelivery d = delivery(partnershipId, deliveryId);
    requireSide(p, PartnershipSide.VCFSE, "Only the VCFSE that received it decides a delivery.");
    BigDecimal[] counted = new BigDecimal[1];
    deliveries.update(
        d,
        expectedVersion,
        () -> counted[0] = d.decide(outcome, quantity, reason, Timestamps.now(clock)));
    if (counted[0].signum() != 0) {
      p.countConfirmed(d.measureCode(), counted[0]);
      partnerships.store(p);
    }
    return d;
  }

  /** What both sides agreed to show of an organisation's partnerships running on a day. */
  public List<PartnershipView> shownBy(String organisationId, LocalDate on) {
    return views(
        partnerships.shownBy(organisationId).stream().filter(p -> p.isActiveOn(on)).toList());
  }

  private List<PartnershipView> views(List<Partnership> page) {
    Reads reads = new Reads(page);
    return page.stream().map(p -> view(p, reads)).toList();
  }

  private static void requireSide(Partnership p, PartnershipSide side, String detail) {
    if (p.sideOf(Tenancy.caller().organisationId()).orElse(null) != side) {
      throw ProblemException.forbidden(detail);
    }
  }

  private PartnershipView view(Partnership p, Reads reads) {
    Map<String, Measure> measures = reads.measures(p.editionId());
    return new PartnershipView(
        p,
        reads.edition(p.editionId()),
        measures,
        reads.organisation(p.businessOrganisationId()),
        reads.organisation(p.vcfseOrganisationId()),
        value(p, measures, reads));
  }

  private Value value(Partnership p, Map<String, Measure> measures, Reads reads) {
    if (p.proxySetId() == null) {
      return null;
    }
    ProxySet set = reads.proxySet(p.proxySetId());
    List<ValuationEngine.Item> committed = new ArrayList<>();
    List<ValuationEngine.Item> delivered = new ArrayList<>();
    for (PartnershipCommitment c : p.commitments()) {
      committed.add(item(c.measureCode(), c.targetQuantity()));
      delivered.add(item(c.measureCode(), c.confirmedQuantity()));
    }
    ValuationEngine.Result deliveredValue = ValuationEngine.value(set, measures, delivered);
    return new Value(
        set.id(),
        ValuationEngine.value(set, measures, committed).value(),
        deliveredValue.value(),
        deliveredValue.terms());
  }

  private static ValuationEngine.Item item(String measureCode, BigDecimal quantity) {
    return new ValuationEngine.Item(measureCode, quantity, null, null, null, null);
  }

  /**
   * Reads shared by the partnerships of one request: a page mostly shares edition and set, and its
   * parties are read in one query.
   */
  private final class Reads {
    private final Map<String, Edition> editions = new HashMap<>();
    private final Map<String, Map<String, Measure>> measures = new HashMap<>();
    private final Map<String, ProxySet> sets = new HashMap<>();
    private final Map<String, OrganisationRef> parties;

    Reads(List<Partnership> page) {
      parties =
          organisations.references(
              page.stream()
                  .flatMap(p -> Stream.of(p.businessOrganisationId(), p.vcfseOrganisationId()))
                  .toList());
    }

    Edition edition(String id) {
      return editions.computeIfAbsent(id, frameworks::edition);
    }

    Map<String, Measure> measures(String editionId) {
      return measures.computeIfAbsent(editionId, frameworks::measuresOf);
    }

    // Named by the partnership, so the VCFSE values it with the business's private set too.
    ProxySet proxySet(String id) {
      return sets.computeIfAbsent(id, frameworks::proxySetNamedBy);
    }

    OrganisationRef organisation(String id) {
      return parties.get(id);
    }
  }
}
