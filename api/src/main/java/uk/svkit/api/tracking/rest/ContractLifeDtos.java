package uk.svkit.api.tracking.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.ContractModification;
import uk.svkit.api.tracking.domain.PerformanceAssessment;
import uk.svkit.api.tracking.domain.PerformanceFailure;
import uk.svkit.api.tracking.domain.Rating;
import uk.svkit.api.tracking.domain.TargetPeriod;

/**
 * Request and response bodies of a contract's Procurement Act life: modifications, the KPI notice,
 * performance assessments and failures.
 */
public final class ContractLifeDtos {
  private ContractLifeDtos() {}

  @Schema(name = "RetargetCommitmentInput")
  public static class RetargetInput {
    @NotBlank
    @Size(max = 36)
    public String commitmentId;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal targetQuantity;

    @Schema(description = "Defaults to the KPI's current period")
    public TargetPeriod period;
  }

  @Schema(
      name = "VaryContractRequest",
      description = "A variation: any of value, end date, KPIs added, retired or re-targeted")
  public static class VaryContract {
    @NotBlank
    @Size(max = 2000)
    public String reason;

    @NotNull
    @Schema(description = "The day the variation takes effect: new targets apply from it")
    public LocalDate effectiveOn;

    @DecimalMin("0")
    @Digits(integer = 17, fraction = 2)
    public BigDecimal value;

    public LocalDate endDate;

    @Valid
    @Size(max = 50)
    public List<TrackingDtos.CommitmentInput> addCommitments;

    @Size(max = 50)
    public List<@NotBlank @Size(max = 36) String> retireCommitmentIds;

    @Valid
    @Size(max = 50)
    public List<RetargetInput> retargetCommitments;
  }

  @Schema(name = "TerminateContractRequest")
  public static class TerminateContract {
    @NotNull public LocalDate terminatedOn;

    @NotBlank
    @Size(max = 2000)
    public String reason;
  }

  @Schema(name = "ContractModificationChange")
  public static class Change {
    public ContractModification.ChangeType type;
    public String commitmentId;
    public String from;
    public String to;
  }

  @Schema(name = "ContractModification")
  public static class Modification {
    public String id;
    public String contractId;

    @Schema(description = "1 for the contract's first modification, then 2, 3, ...")
    public int sequenceNumber;

    public ContractModification.Kind kind;
    public String reason;
    public LocalDate effectiveOn;
    public String madeBy;
    public OffsetDateTime madeAt;
    public List<Change> changes;

    @Schema(
        description =
            "The contract's version (its ETag) after the modification; only on the response that made it")
    public Long contractVersion;
  }

  @Schema(name = "MaterialKpisRequest")
  public static class MaterialKpis {
    @NotNull
    @Size(max = 3)
    public List<@NotBlank @Size(max = 36) String> commitmentIds;
  }

  @Schema(name = "KpiNoticeEntry")
  public static class KpiNoticeEntry {
    public String commitmentId;
    public String measureCode;
    public String title;
    public String unit;
    public BigDecimal targetQuantity;
    public TargetPeriod period;

    @Schema(description = "The target over the contract's life under the definitions in force")
    public BigDecimal wholeContractTarget;

    public LocalDate effectiveFrom;
  }

  @Schema(
      name = "ContractKpiNotice",
      description = "The KPIs a Contract Details Notice publishes: the (up to 3) most material")
  public static class KpiNotice {
    public String contractId;
    public String ocid;
    public String title;
    public TrackingDtos.Party buyer;
    public TrackingDtos.Party supplier;
    public BigDecimal value;
    public String currency;
    public LocalDate startDate;
    public LocalDate endDate;

    @Schema(description = "True above £5m: the Act asks for KPIs and their publication")
    public boolean kpiRequired;

    public List<KpiNoticeEntry> kpis;
  }

  @Schema(name = "CreateAssessmentRequest")
  public static class CreateAssessment {
    @Schema(description = "Required unless correcting a published assessment")
    public LocalDate periodStart;

    @Schema(
        description = "At most 12 months after periodStart; the termination date on termination")
    public LocalDate periodEnd;

    @Schema(description = "The notice on termination (the contract must be terminated)")
    public Boolean onTermination;

    @Size(max = 36)
    @Schema(description = "A published assessment this one corrects: same period, supersedes it")
    public String supersedesAssessmentId;
  }

  @Schema(name = "AssessmentRatingInput")
  public static class RatingInput {
    @NotBlank
    @Size(max = 36)
    public String commitmentId;

    @NotNull public Rating rating;

    @Size(max = 2000)
    @Schema(description = "Required when the rating differs from the proposed one")
    public String reason;
  }

  @Schema(name = "ReviewAssessmentRequest")
  public static class ReviewAssessment {
    @Size(max = 10000)
    public String narrative;

    @Valid
    @Size(max = 100)
    public List<RatingInput> ratings;
  }

  @Schema(name = "AssessedKpi")
  public static class AssessedKpi {
    public String commitmentId;
    public String measureCode;
    public String title;
    public String unit;
    public boolean mostMaterial;

    @Schema(description = "Expected within the period under the targets then in force")
    public BigDecimal expected;

    @Schema(description = "Validated delivery reported for periods within the assessed period")
    public BigDecimal delivered;

    public BigDecimal deliveredShare;
    public Rating proposedRating;
    public Rating rating;
    public String overrideReason;
  }

  @Schema(name = "ReportedFailure")
  public static class ReportedFailure {
    public String failureId;
    public String commitmentId;
    public LocalDate occurredOn;
    public String description;
    public String remedy;
    public PerformanceFailure.Status status;
  }

  @Schema(
      name = "PerformanceAssessment",
      description = "A Contract Performance Notice (Procurement Act 2023 s.71), draft or published")
  public static class Assessment {
    public String id;
    public String contractId;
    public String ocid;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public PerformanceAssessment.Kind kind;
    public PerformanceAssessment.Status status;
    public String narrative;
    public String supersedesId;
    public String supersededById;
    public String createdBy;
    public OffsetDateTime createdAt;
    public String publishedBy;
    public OffsetDateTime publishedAt;
    public List<AssessedKpi> kpis;

    @Schema(description = "The period's performance failures, frozen at publication")
    public List<ReportedFailure> failures;

    public long version;
  }

  @Schema(name = "OverdueAssessment")
  public static class Overdue {
    public String contractId;
    public String buyerContractId;
    public String title;

    @Schema(description = "The end of the last published assessment, if any")
    public LocalDate assessedTo;

    public LocalDate dueBy;

    @Schema(description = "ANNUAL (12 months passed) or TERMINATION (no notice on termination)")
    public String reason;
  }

  @Schema(name = "RecordPerformanceFailureRequest")
  public static class RecordFailure {
    @Size(max = 36)
    @Schema(description = "The KPI failed; absent for a failure against the whole contract")
    public String commitmentId;

    @NotNull public LocalDate occurredOn;

    @NotBlank
    @Size(max = 4000)
    public String description;

    @Size(max = 4000)
    public String remedy;

    @Schema(description = "Defaults to OPEN")
    public PerformanceFailure.Status status;
  }

  @Schema(name = "FollowUpPerformanceFailureRequest")
  public static class FollowUpFailure {
    @Size(max = 4000)
    public String remedy;

    @NotNull public PerformanceFailure.Status status;
  }

  @Schema(name = "PerformanceFailure")
  public static class Failure {
    public String id;
    public String contractId;
    public String commitmentId;
    public LocalDate occurredOn;
    public String description;
    public String remedy;
    public PerformanceFailure.Status status;
    public String recordedBy;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    public long version;
  }
}
