package uk.svkit.api.tracking.rest;

import java.util.List;
import java.util.Map;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.tracking.application.AssessmentService;
import uk.svkit.api.tracking.application.ContractChangeService;
import uk.svkit.api.tracking.application.OverdueAssessmentView;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ContractModification;
import uk.svkit.api.tracking.domain.PerformanceAssessment;
import uk.svkit.api.tracking.domain.PerformanceFailure;
import uk.svkit.api.tracking.domain.Progress;

/** Between the contract-life domain objects and their JSON bodies. */
final class ContractLifeMapper {
  private ContractLifeMapper() {}

  static ContractChangeService.Variation variation(VaryContractRequest v) {
    return new ContractChangeService.Variation(
        v.reason,
        v.effectiveOn,
        v.value,
        v.endDate,
        v.addCommitments == null ? List.of() : TrackingMapper.commitments(v.addCommitments),
        v.retireCommitmentIds,
        v.retargetCommitments == null
            ? List.of()
            : v.retargetCommitments.stream()
                .map(
                    r ->
                        new ContractChangeService.Retarget(
                            r.commitmentId, r.targetQuantity, r.period))
                .toList());
  }

  static Modification modification(ContractModification m, Long contractVersion) {
    Modification dto = new Modification();
    dto.id = m.id();
    dto.contractId = m.contractId();
    dto.sequenceNumber = m.sequenceNumber();
    dto.kind = m.kind();
    dto.reason = m.reason();
    dto.effectiveOn = m.effectiveOn();
    dto.madeBy = m.madeBy();
    dto.madeAt = m.createdAt();
    dto.changes =
        m.changes().stream()
            .map(
                c -> {
                  ContractModificationChangeResponse change =
                      new ContractModificationChangeResponse();
                  change.type = c.type();
                  change.commitmentId = c.commitmentId();
                  change.from = c.from();
                  change.to = c.to();
                  return change;
                })
            .toList();
    dto.contractVersion = contractVersion;
    return dto;
  }

  static ContractKpiNoticeResponse kpiNotice(
      Contract c,
      List<Commitment> material,
      Map<String, Measure> measures,
      String ocid,
      PartyResponse buyer,
      PartyResponse supplier) {
    ContractKpiNoticeResponse dto = new ContractKpiNoticeResponse();
    dto.contractId = c.id();
    dto.ocid = ocid;
    dto.title = c.title();
    dto.buyer = buyer;
    dto.supplier = supplier;
    dto.value = c.value().amount();
    dto.currency = c.currency();
    dto.startDate = c.startDate();
    dto.endDate = c.lastDay();
    dto.kpiRequired = c.kpiRequired();
    dto.kpis =
        material.stream()
            .map(
                k -> {
                  Measure m = measures.get(k.measureCode());
                  KpiNoticeEntryResponse e = new KpiNoticeEntryResponse();
                  e.commitmentId = k.id();
                  e.measureCode = k.measureCode();
                  e.title = k.title() != null ? k.title() : m == null ? null : m.title();
                  e.unit = m == null ? null : m.unitLabel();
                  e.targetQuantity = k.targetQuantity();
                  e.period = k.period();
                  e.wholeContractTarget = Progress.target(c, k);
                  e.effectiveFrom = k.effectiveFrom();
                  return e;
                })
            .toList();
    return dto;
  }

  static Assessment assessment(PerformanceAssessment a, String ocid) {
    Assessment dto = new Assessment();
    dto.id = a.id();
    dto.contractId = a.contractId();
    dto.ocid = ocid;
    dto.periodStart = a.periodStart();
    dto.periodEnd = a.periodEnd();
    dto.kind = a.kind();
    dto.status = a.status();
    dto.narrative = a.narrative();
    dto.supersedesId = a.supersedesId();
    dto.supersededById = a.supersededById();
    dto.createdBy = a.createdBy();
    dto.createdAt = a.createdAt();
    dto.publishedBy = a.publishedBy();
    dto.publishedAt = a.publishedAt();
    dto.kpis =
        a.kpis().stream()
            .map(
                k -> {
                  AssessedKpiResponse kpi = new AssessedKpiResponse();
                  kpi.commitmentId = k.commitmentId();
                  kpi.measureCode = k.measureCode();
                  kpi.title = k.title();
                  kpi.unit = k.unit();
                  kpi.mostMaterial = k.mostMaterial();
                  kpi.expected = k.expected();
                  kpi.delivered = k.delivered();
                  kpi.deliveredShare = k.deliveredShare();
                  kpi.proposedRating = k.proposedRating();
                  kpi.rating = k.rating();
                  kpi.overrideReason = k.overrideReason();
                  return kpi;
                })
            .toList();
    dto.failures =
        a.failures().stream()
            .map(
                f -> {
                  ReportedFailureResponse r = new ReportedFailureResponse();
                  r.failureId = f.failureId();
                  r.commitmentId = f.commitmentId();
                  r.occurredOn = f.occurredOn();
                  r.description = f.description();
                  r.remedy = f.remedy();
                  r.status = f.status();
                  return r;
                })
            .toList();
    dto.version = a.version();
    return dto;
  }

  static List<AssessmentService.RatingChange> ratings(List<AssessmentRatingRequest> in) {
    return in == null
        ? List.of()
        : in.stream()
            .map(r -> new AssessmentService.RatingChange(r.commitmentId, r.rating, r.reason))
            .toList();
  }

  static OverdueAssessmentResponse overdue(OverdueAssessmentView o) {
    OverdueAssessmentResponse dto = new OverdueAssessmentResponse();
    dto.contractId = o.contract().id();
    dto.buyerContractId = o.contract().buyerContractId();
    dto.title = o.contract().title();
    dto.assessedTo = o.assessedTo();
    dto.dueBy = o.dueBy();
    dto.reason = o.reason();
    return dto;
  }

  static PerformanceFailureResponse failure(PerformanceFailure f) {
    PerformanceFailureResponse dto = new PerformanceFailureResponse();
    dto.id = f.id();
    dto.contractId = f.contractId();
    dto.commitmentId = f.commitmentId();
    dto.occurredOn = f.occurredOn();
    dto.description = f.description();
    dto.remedy = f.remedy();
    dto.status = f.status();
    dto.recordedBy = f.recordedBy();
    dto.createdAt = f.createdAt();
    dto.updatedAt = f.updatedAt();
    dto.version = f.version();
    return dto;
  }
}
