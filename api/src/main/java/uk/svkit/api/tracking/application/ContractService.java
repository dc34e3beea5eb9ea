package uk.svkit.api.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.domain.ProxySet;
import uk.svkit.api.geography.domain.PlaceCode;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.events.EventRecorder;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.platform.security.Tenancy;
import uk.svkit.api.procurement.application.AwardedBids;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ContractRepository;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.TargetPeriod;

/** Contracts and their KPIs: created by a contract-management system or from an awarded bid. */
@ApplicationScoped
public class ContractService {
  @Inject ContractRepository contracts;
  @Inject EventRecorder events;
  @Inject FrameworkService frameworks;
  @Inject OrganisationService organisations;
  @Inject AwardedBids awardedBids;

  /** A KPI as a caller gives it. */
  public record NewCommitment(
      String measureCode,
      String title,
      BigDecimal targetQuantity,
      TargetPeriod period,
      ReportingFrequency reportingFrequency,
      String placeCode,
      String vcfsePartnerOrganisationId,
      String proxySetId,
      Commitment.Adjustments adjustments) {}

  /** A contract as a caller gives it; the framework edition is named by code and edition. */
  public record NewContract(
      String supplierOrganisationId,
      String buyerContractId,
      String ocid,
      String title,
      Money value,
      LocalDate startDate,
      LocalDate endDate,
      Set<String> placesServed,
      String frameworkCode,
      String edition,
      String proxySetId,
      List<NewCommitment> commitments) {}

  @Transactional
  public ContractView create(NewContract c) {
    Edition edition = frameworks.edition(c.frameworkCode(), c.edition());
    return view(create(c, edition.id(), null, null));
  }

  /**
   * A contract whose KPIs are the commitments of the winning bid of one of the caller's tenders.
   */
  @Transactional
  public ContractView createFromBid(
      String bidId,
      String buyerContractId,
      String title,
      BigDecimal value,
      LocalDate startDate,
      LocalDate endDate,
      Set<String> placesServed,
      ReportingFrequency frequency) {
    AwardedBids.AwardedBid bid = awardedBids.winning(bidId);
    List<NewCommitment> commitments =
        bid.commitments().stream()
            .map(
                k ->
                    new NewCommitment(
                        k.measureCode(),
                        null,
                        k.quantity(),
                        TargetPeriod.valueOf(k.period()),
                        frequency,
                        k.placeCode(),
                        k.vcfsePartnerOrganisationId(),
                        null,
                        Commitment.Adjustments.NONE))
            .toList();
    NewContract contract =
        new NewContract(
            bid.supplierOrganisationId(),
            buyerContractId,
            bid.ocid(),
            title == null ? bid.tenderTitle() : title,
            value == null ? bid.price() : new Money(value, bid.price().currency()),
            startDate,
            endDate,
            placesServed,
            null,
            null,
            bid.proxySetId(),
            commitments);
    return view(create(contract, bid.editionId(), bid.tenderId(), bid.bidId()));
  }

  private Contract create(
      NewContract c, String editionId, String sourceTenderId, String sourceBidId) {
    Caller caller = Tenancy.caller();
    String buyer = caller.organisationId();
    if (buyer == null) {
      throw ProblemException.forbidden(
          "Contracts belong to a buyer organisation; act as one to create them.");
    }
    Map<String, Measure> measures = frameworks.measuresOf(editionId);
    List<Problem.FieldError> errors = new ArrayList<>();
    OrganisationRef supplier = organisations.reference(c.supplierOrganisationId()).orElse(null);
    if (supplier == null || !supplier.roles().contains(OrganisationRole.SUPPLIER)) {
      errors.add(
          new Problem.FieldError(
              "supplierOrganisationId", "is not a supplier organisation known to svkit"));
    }
    if (c.endDate().isBefore(c.startDate())) {
      errors.add(new Problem.FieldError("endDate", "must not be before startDate"));
    }
    List<String> places = new ArrayList<>(c.placesServed());
    for (int i = 0; i < places.size(); i++) {
      if (!PlaceCode.isValid(places.get(i))) {
        errors.add(
            new Problem.FieldError(
                "placesServed[" + i + "]", "must be an ONS area code such as E08000015"));
      }
    }
    checkProxySet(c.proxySetId(), editionId, c.value().currency(), "proxySetId", errors);
    List<Commitment> commitments = new ArrayList<>();
    for (int i = 0; i < c.commitments().size(); i++) {
      NewCommitment k = c.commitments().get(i);
      String at = "commitments[" + i + "]";
      if (!measures.containsKey(k.measureCode())) {
        errors.add(
            new Problem.FieldError(
                at + ".measureCode",
                "'" + k.measureCode() + "' is not a measure of the contract's framework edition"));
      }
      if (k.placeCode() != null && !PlaceCode.isValid(k.placeCode())) {
        errors.add(
            new Problem.FieldError(
                at + ".placeCode", "must be an ONS area code such as E08000015"));
      }
      if (k.vcfsePartnerOrganisationId() != null && !isVcfse(k.vcfsePartnerOrganisationId())) {
        errors.add(
            new Problem.FieldError(
                at + ".vcfsePartnerOrganisationId", "is not a VCFSE organisation known to svkit"));
      }
      checkProxySet(k.proxySetId(), editionId, c.value().currency(), at + ".proxySetId", errors);
      commitments.add(
          new Commitment(
              i,
              k.measureCode(),
              k.title(),
              k.targetQuantity(),
              k.period(),
              k.reportingFrequency(),
              k.placeCode(),
              k.vcfsePartnerOrganisationId(),
              k.proxySetId(),
              k.adjustments()));
    }
    if (Contract.needsKpis(c.value()) && commitments.size() < Contract.MIN_KPIS) {
      errors.add(
          new Problem.FieldError(
              "commitments",
              "a contract worth more than £5m needs at least "
                  + Contract.MIN_KPIS
                  + " KPIs (Procurement Act 2023, s.52); it has "
                  + commitments.size()));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED, "The contract cannot be created.", errors, Map.of());
    }
    if (contracts.buyerContractIdTaken(buyer, c.buyerContractId())) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "You already have a contract with your id " + c.buyerContractId() + ".");
    }
    Contract.Terms terms =
        new Contract.Terms(
            c.supplierOrganisationId(),
            c.buyerContractId(),
            c.ocid(),
            c.title(),
            c.value(),
            c.startDate(),
            c.endDate(),
            new LinkedHashSet<>(places),
            editionId,
            c.proxySetId(),
            sourceTenderId,
            sourceBidId);
    Contract created = contracts.add(new Contract(buyer, terms, commitments));
    events.record(
        EventTypes.CONTRACT_CREATED,
        "contracts/" + created.id(),
        EventRecorder.data(
            "contractId", created.id(),
            "buyerContractId", created.buyerContractId(),
            "title", created.title(),
            "supplierOrganisationId", created.supplierOrganisationId(),
            "value", created.value().amount(),
            "currency", created.currency(),
            "startDate", created.startDate(),
            "endDate", created.endDate(),
            "commitmentIds", created.commitments().stream().map(Commitment::id).toList(),
            "sourceTenderId", created.sourceTenderId()),
        created.ownerOrganisationId(),
        created.supplierOrganisationId());
    return created;
  }

  /**
   * A contract with what its response shows beside it: the framework edition its KPIs measure
   * against and those measures.
   */
  /** The contract (404 unless the caller may see it). */
  public Contract find(String id) {
    return contracts.find(id);
  }

  public ContractView get(String id) {
    return view(contracts.find(id));
  }

  public List<ContractView> list(
      String supplierOrganisationId, String afterTitle, String afterId, int fetch) {
    // A page's contracts mostly share an edition: read each edition's measures once.
    Map<String, ContractView> byEdition = new java.util.HashMap<>();
    return contracts
        .list(Tenancy.caller(), supplierOrganisationId, afterTitle, afterId, fetch)
        .stream()
        .map(
            c -> {
              ContractView shared = byEdition.computeIfAbsent(c.editionId(), e -> view(c));
              return new ContractView(c, shared.edition(), shared.measures());
            })
        .toList();
  }

  private ContractView view(Contract contract) {
    return new ContractView(
        contract,
        frameworks.edition(contract.editionId()),
        frameworks.measuresOf(contract.editionId()));
  }

  /**
   * Whether the caller acts for the contract's buyer (its buyer or contract-manager users) or is an
   * admin.
   */
  public static boolean managesContract(Caller caller, Contract contract) {
    return caller.isPlatformAdmin()
        || (contract.ownerOrganisationId().equals(caller.organisationId())
            && (caller.roles().contains(Roles.BUYER)
                || caller.roles().contains(Roles.CONTRACT_MANAGER)));
  }

  private boolean isVcfse(String organisationId) {
    return organisations
        .reference(organisationId)
        .map(o -> o.roles().contains(OrganisationRole.VCFSE))
        .orElse(false);
  }

  private void checkProxySet(
      String proxySetId,
      String editionId,
      String currency,
      String field,
      List<Problem.FieldError> errors) {
    if (proxySetId == null) {
      return;
    }
    ProxySet set = frameworks.proxySetIfVisible(proxySetId).orElse(null);
    if (set == null) {
      errors.add(
          new Problem.FieldError(field, "there is no proxy set " + proxySetId + " you can use"));
    } else if (!set.editionId().equals(editionId)) {
      errors.add(
          new Problem.FieldError(
              field,
              "the proxy set is for another framework edition than the contract's measures"));
    } else if (!set.currency().equals(currency)) {
      errors.add(
          new Problem.FieldError(
              field, "the proxy set is in " + set.currency() + ", the contract in " + currency));
    }
  }
}
