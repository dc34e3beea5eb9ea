package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.svkit.api.framework.domain.Edition;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.framework.rest.FrameworkMapper;
import uk.svkit.api.framework.rest.ValuationTermResponse;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.tracking.application.BenchmarkView;
import uk.svkit.api.tracking.application.CommitmentProgressView;
import uk.svkit.api.tracking.application.ContractFigureView;
import uk.svkit.api.tracking.application.ContractProgressView;
import uk.svkit.api.tracking.application.ContractService;
import uk.svkit.api.tracking.application.DashboardRowView;
import uk.svkit.api.tracking.application.DashboardView;
import uk.svkit.api.tracking.application.ReturnService;
import uk.svkit.api.tracking.application.SupplierContractView;
import uk.svkit.api.tracking.application.ValueTraceView;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.ConfirmedDelivery;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.EvidenceRef;
import uk.svkit.api.tracking.domain.KpiReturn;
import uk.svkit.api.tracking.domain.Progress;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.TargetPeriod;

/** Between tracking domain objects and their JSON bodies. */
final class TrackingMapper {
  /** A party named in a notice: empty if svkit no longer knows the organisation. */
  static PartyResponse party(OrganisationRef organisation) {
    PartyResponse party = new PartyResponse();
    if (organisation != null) {
      party.id = organisation.identifier();
      party.name = organisation.name();
    }
    return party;
  }

  private TrackingMapper() {}

  static List<ContractService.NewCommitment> commitments(List<ContractCommitmentRequest> inputs) {
    return inputs.stream()
        .map(
            k ->
                new ContractService.NewCommitment(
                    k.measureCode,
                    k.title,
                    k.targetQuantity,
                    k.period == null ? TargetPeriod.WHOLE_CONTRACT : k.period,
                    k.reportingFrequency == null
                        ? ReportingFrequency.QUARTERLY
                        : k.reportingFrequency,
                    k.placeCode,
                    k.vcfsePartnerOrganisationId,
                    k.proxySetId,
                    new Commitment.Adjustments(
                        k.deadweight, k.attribution, k.displacement, k.dropOff)))
        .toList();
  }

  static ContractService.NewContract contract(CreateContractRequest c) {
    return new ContractService.NewContract(
        c.supplierOrganisationId,
        c.buyerContractId,
        c.ocid,
        c.title,
        new Money(c.value, c.currency == null ? "GBP" : c.currency),
        c.startDate,
        c.endDate,
        c.placesServed == null ? java.util.Set.of() : new java.util.LinkedHashSet<>(c.placesServed),
        c.frameworkCode,
        c.edition,
        c.proxySetId,
        commitments(c.commitments));
  }

  static ContractResponse contract(Contract c, Edition edition, Map<String, Measure> measures) {
    ContractResponse dto = new ContractResponse();
    dto.id = c.id();
    dto.buyerOrganisationId = c.ownerOrganisationId();
    dto.supplierOrganisationId = c.supplierOrganisationId();
    dto.buyerContractId = c.buyerContractId();
    dto.ocid = c.ocid();
    dto.title = c.title();
    dto.value = c.value().amount();
    dto.currency = c.currency();
    dto.startDate = c.startDate();
    dto.endDate = c.endDate();
    dto.placesServed = c.placesServed().stream().sorted().toList();
    dto.frameworkCode = edition.framework().code();
    dto.edition = edition.edition();
    dto.proxySetId = c.proxySetId();
    dto.sourceTenderId = c.sourceTenderId();
    dto.sourceBidId = c.sourceBidId();
    dto.commitments =
        c.commitments().stream().map(k -> commitment(k, measures.get(k.measureCode()))).toList();
    dto.kpiRequired = c.kpiRequired();
    dto.status = c.terminated() ? "TERMINATED" : "ACTIVE";
    dto.terminatedOn = c.terminatedOn();
    dto.terminationReason = c.terminationReason();
    dto.createdAt = c.createdAt();
    dto.updatedAt = c.updatedAt();
    dto.version = c.version();
    return dto;
  }

  static ContractCommitmentResponse commitment(Commitment k, Measure measure) {
    ContractCommitmentResponse dto = new ContractCommitmentResponse();
    dto.id = k.id();
    dto.measureCode = k.measureCode();
    dto.measureTitle = measure == null ? null : measure.title();
    dto.unitLabel = measure == null ? null : measure.unitLabel();
    dto.measureBespoke = measure == null ? null : measure.isBespoke();
    dto.title = k.title();
    dto.targetQuantity = k.targetQuantity();
    dto.period = k.period();
    dto.reportingFrequency = k.reportingFrequency();
    dto.placeCode = k.placeCode();
    dto.vcfsePartnerOrganisationId = k.vcfsePartnerId();
    dto.proxySetId = k.proxySetId();
    Commitment.Adjustments a = k.adjustments();
    dto.deadweight = a.deadweight();
    dto.attribution = a.attribution();
    dto.displacement = a.displacement();
    dto.dropOff = a.dropOff();
    dto.mostMaterial = k.mostMaterial();
    dto.effectiveFrom = k.effectiveFrom();
    dto.retiredOn = k.retiredOn();
    return dto;
  }

  static List<EvidenceRef> evidence(List<EvidenceRefRequest> evidence) {
    return evidence == null
        ? List.of()
        : evidence.stream()
            .map(e -> new EvidenceRef(e.kind, e.reference, e.sha256, e.description))
            .toList();
  }

  static ReturnService.NewReturn newReturn(
      String contractId, String commitmentId, SubmitReturnRequest r) {
    return new ReturnService.NewReturn(
        contractId,
        commitmentId,
        r.periodStart,
        r.periodEnd,
        r.quantity,
        r.narrative,
        evidence(r.evidence));
  }

  static ReturnResponse kpiReturn(KpiReturn r) {
    ReturnResponse dto = new ReturnResponse();
    dto.id = r.id();
    dto.contractId = r.contractId();
    dto.commitmentId = r.commitmentId();
    dto.periodStart = r.periodStart();
    dto.periodEnd = r.periodEnd();
    dto.quantity = r.quantity();
    dto.narrative = r.narrative();
    dto.evidence =
        r.evidence().stream()
            .map(
                e -> {
                  EvidenceRefRequest out = new EvidenceRefRequest();
                  out.kind = e.kind();
                  out.reference = e.reference();
                  out.sha256 = e.sha256();
                  out.description = e.description();
                  return out;
                })
            .toList();
    dto.status = r.status();
    dto.rejectionReason = r.rejectionReason();
    dto.supersedesReturnId = r.supersedesId();
    dto.supersededByReturnId = r.supersededById();
    dto.submittedBy = r.submittedBy();
    dto.submittedAt = r.submittedAt();
    dto.reviewedBy = r.reviewedBy();
    dto.reviewedAt = r.reviewedAt();
    ConfirmedDelivery d = r.confirmedDelivery();
    if (d != null) {
      ReturnDeliveryConfirmationResponse c = new ReturnDeliveryConfirmationResponse();
      c.deliveryId = d.deliveryId();
      c.through = d.through();
      c.listingId = d.listingId();
      c.listingTitle = d.listingTitle();
      c.unit = d.unit();
      c.vcfseOrganisationId = d.vcfseOrganisationId();
      c.deliveredQuantity = d.deliveredQuantity();
      c.deliveredAt = d.deliveredAt();
      c.status = d.status();
      c.acceptedQuantity = d.acceptedQuantity();
      c.reason = d.reason();
      c.answeredAt = d.answeredAt();
      dto.deliveryConfirmation = c;
    }
    dto.version = r.version();
    return dto;
  }

  static ContractProgressResponse progress(ContractProgressView view) {
    ContractProgressResponse dto = new ContractProgressResponse();
    dto.contractId = view.contract().id();
    dto.asOf = view.asOf();
    dto.elapsedShare = view.elapsedShare();
    dto.commitments = view.commitments().stream().map(TrackingMapper::commitmentProgress).toList();
    dto.rating = view.rating();
    dto.claimedValue = view.claimedValue().amount();
    dto.validatedValue = view.validatedValue().amount();
    dto.currency = view.contract().currency();
    dto.overdueReturns = view.overdueReturns();
    return dto;
  }

  private static CommitmentProgressResponse commitmentProgress(CommitmentProgressView v) {
    Progress.OfCommitment p = v.progress();
    CommitmentProgressResponse dto = new CommitmentProgressResponse();
    dto.commitmentId = p.commitment().id();
    dto.measureCode = p.commitment().measureCode();
    dto.unitLabel = v.measure() == null ? null : v.measure().unitLabel();
    dto.target = p.target();
    dto.expectedToDate = p.expectedToDate();
    dto.claimed = p.claimed();
    dto.validated = p.validated();
    dto.deliveredShare = p.deliveredShare();
    dto.rating = p.rating();
    dto.claimedValue = amountOf(v.claimedValue());
    dto.validatedValue = amountOf(v.validatedValue());
    dto.overduePeriods =
        p.overdue().stream()
            .map(
                o -> {
                  OverduePeriodResponse out = new OverduePeriodResponse();
                  out.periodStart = o.periodStart();
                  out.periodEnd = o.periodEnd();
                  out.dueBy = o.dueBy();
                  return out;
                })
            .toList();
    return dto;
  }

  static ValueTraceResponse valueTrace(ValueTraceView trace) {
    ValueTraceResponse dto = new ValueTraceResponse();
    dto.basis = trace.basis().name();
    dto.currency = trace.currency();
    dto.total = trace.total();
    dto.terms =
        trace.terms().stream()
            .map(
                t -> {
                  ValuationTermResponse base = FrameworkMapper.term(t.term());
                  ValueTraceTermResponse term = new ValueTraceTermResponse();
                  term.measureCode = base.measureCode;
                  term.measureTitle = base.measureTitle;
                  term.unitLabel = base.unitLabel;
                  term.quantity = base.quantity;
                  term.valuePerUnit = base.valuePerUnit;
                  term.multiplier = base.multiplier;
                  term.adjustmentFactor = base.adjustmentFactor;
                  term.value = base.value;
                  term.note = base.note;
                  term.commitmentId = t.commitmentId();
                  term.proxySetId = t.proxySetId();
                  term.proxySetName = t.proxySetName();
                  term.proxySource = t.proxySource();
                  return term;
                })
            .toList();
    return dto;
  }

  static SupplierDashboardContract supplierContract(SupplierContractView c) {
    Contract contract = c.progress().contract();
    SupplierDashboardContract dto = new SupplierDashboardContract();
    dto.contractId = contract.id();
    dto.buyerOrganisationId = contract.ownerOrganisationId();
    dto.buyerContractId = contract.buyerContractId();
    dto.title = contract.title();
    dto.currency = contract.currency();
    dto.startDate = contract.startDate();
    dto.endDate = contract.endDate();
    dto.committedValue = c.committed().total();
    dto.claimedValue = c.claimed().total();
    dto.validatedValue = c.validated().total();
    dto.progress = progress(c.progress());
    dto.committedTrace = valueTrace(c.committed());
    dto.claimedTrace = valueTrace(c.claimed());
    dto.validatedTrace = valueTrace(c.validated());
    return dto;
  }

  static PerformanceSummaryResponse performance(
      ContractProgressView view, java.time.LocalDate periodStart) {
    PerformanceSummaryResponse dto = new PerformanceSummaryResponse();
    Contract c = view.contract();
    dto.contractId = c.id();
    dto.ocid = c.ocid();
    dto.title = c.title();
    dto.buyerOrganisationId = c.ownerOrganisationId();
    dto.supplierOrganisationId = c.supplierOrganisationId();
    dto.periodStart = periodStart;
    dto.periodEnd = view.asOf();
    dto.kpis =
        view.commitments().stream()
            .map(
                v -> {
                  PerformanceKpiResponse kpi = new PerformanceKpiResponse();
                  kpi.commitmentId = v.progress().commitment().id();
                  kpi.title =
                      v.progress().commitment().title() != null
                          ? v.progress().commitment().title()
                          : v.measure() == null ? null : v.measure().title();
                  kpi.target = v.progress().target();
                  kpi.expectedToDate = v.progress().expectedToDate();
                  kpi.delivered = v.progress().validated();
                  kpi.rating = v.progress().rating();
                  return kpi;
                })
            .toList();
    dto.overallRating = view.rating();
    return dto;
  }

  /** A value's amount, published beside the contract's currency; null when there is no value. */
  private static BigDecimal amountOf(Money value) {
    return value == null ? null : value.amount();
  }

  static DashboardResponse dashboard(DashboardView d) {
    DashboardResponse dto = new DashboardResponse();
    dto.buyerOrganisationId = d.buyerOrganisationId();
    dto.currency = d.currency();
    dto.totals = new DashboardTotalsResponse();
    dto.totals.committedValue = d.committedValue().amount();
    dto.totals.claimedValue = d.claimedValue().amount();
    dto.totals.validatedValue = d.validatedValue().amount();
    dto.byTheme = rows(d.byTheme());
    dto.byPlace = rows(d.byPlace());
    dto.byPeriod = rows(d.byPeriod());
    dto.topContracts = figures(d.topContracts());
    dto.atRiskContracts = figures(d.atRiskContracts());
    return dto;
  }

  private static List<DashboardRowResponse> rows(List<DashboardRowView> rows) {
    return rows.stream()
        .map(
            r -> {
              DashboardRowResponse dto = new DashboardRowResponse();
              dto.key = r.key();
              dto.label = r.label();
              dto.committedValue = r.committedValue().amount();
              dto.claimedValue = r.claimedValue().amount();
              dto.validatedValue = r.validatedValue().amount();
              return dto;
            })
        .toList();
  }

  private static List<ContractFigureResponse> figures(List<ContractFigureView> figures) {
    return figures.stream()
        .map(
            f -> {
              ContractFigureResponse dto = new ContractFigureResponse();
              dto.contractId = f.contractId();
              dto.title = f.title();
              dto.validatedValue = f.validatedValue().amount();
              dto.rating = f.rating();
              return dto;
            })
        .toList();
  }

  static BenchmarkResponse benchmark(BenchmarkView b) {
    BenchmarkResponse dto = new BenchmarkResponse();
    dto.organisationId = b.organisationId();
    dto.minPeers = b.minPeers();
    dto.indicators =
        b.indicators().stream()
            .map(
                i -> {
                  BenchmarkIndicatorResponse out = new BenchmarkIndicatorResponse();
                  out.code = i.code();
                  out.title = i.title();
                  out.own = i.own();
                  out.median = i.median();
                  out.p25 = i.p25();
                  out.p75 = i.p75();
                  out.peers = i.peers();
                  return out;
                })
            .toList();
    return dto;
  }
}
