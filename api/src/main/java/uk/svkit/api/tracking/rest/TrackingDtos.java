package uk.svkit.api.tracking.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.framework.rest.ValuationTermResponse;
import uk.svkit.api.tracking.domain.EvidenceRef;
import uk.svkit.api.tracking.domain.Rating;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.ReturnStatus;
import uk.svkit.api.tracking.domain.TargetPeriod;

/** Request and response bodies of the tracking operations. */
public final class TrackingDtos {
  private TrackingDtos() {}

  private static final String PERCENT = "Percent, 0 to 100";

  @Schema(name = "ContractCommitmentInput")
  public static class CommitmentInput {
    @NotBlank
    @Size(max = 40)
    public String measureCode;

    @Size(max = 300)
    public String title;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal targetQuantity;

    @Schema(description = "Defaults to WHOLE_CONTRACT")
    public TargetPeriod period;

    @Schema(description = "Defaults to QUARTERLY")
    public ReportingFrequency reportingFrequency;

    @Size(max = 9)
    public String placeCode;

    @Size(max = 36)
    public String vcfsePartnerOrganisationId;

    @Size(max = 36)
    @Schema(description = "Defaults to the contract's proxy set")
    public String proxySetId;

    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 4)
    @Schema(description = PERCENT)
    public BigDecimal deadweight;

    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 4)
    @Schema(description = PERCENT)
    public BigDecimal attribution;

    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 4)
    @Schema(description = PERCENT)
    public BigDecimal displacement;

    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 4)
    @Schema(description = PERCENT)
    public BigDecimal dropOff;
  }

  @Schema(name = "ContractCommitment")
  public static class CommitmentResponse {
    public String id;
    public String measureCode;
    public String measureTitle;
    public String unitLabel;

    @Schema(
        description =
            "Whether the KPI's measure is bespoke (defined by svkit or a buyer) rather than a published"
                + " national reporting metric such as a PPN 002 Standard Reporting Metric")
    public Boolean measureBespoke;

    public String title;
    public BigDecimal targetQuantity;
    public TargetPeriod period;
    public ReportingFrequency reportingFrequency;
    public String placeCode;
    public String vcfsePartnerOrganisationId;
    public String proxySetId;
    public BigDecimal deadweight;
    public BigDecimal attribution;
    public BigDecimal displacement;
    public BigDecimal dropOff;

    @Schema(
        description =
            "One of the (up to 3) most material KPIs the Contract Details Notice publishes")
    public boolean mostMaterial;

    @Schema(
        description = "The first day the KPI applies (the start, or the variation that added it)")
    public LocalDate effectiveFrom;

    @Schema(description = "The day a variation retired the KPI, if it did")
    public LocalDate retiredOn;
  }

  @Schema(name = "CreateContractRequest")
  public static class CreateContract {
    @NotBlank
    @Size(max = 100)
    @Schema(description = "Your own id for the contract; unique per buyer")
    public String buyerContractId;

    @Size(max = 100)
    @Pattern(
        regexp = "ocds-[a-z0-9]{6}-.+",
        message = "must be an OCDS ocid such as ocds-h6vhtk-04f1c2")
    public String ocid;

    @NotBlank
    @Size(max = 300)
    public String title;

    @NotBlank
    @Size(max = 36)
    public String supplierOrganisationId;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 2)
    public BigDecimal value;

    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP")
    public String currency;

    @NotNull public LocalDate startDate;

    @NotNull public LocalDate endDate;

    @Size(max = 50)
    public List<@NotBlank @Size(max = 9) String> placesServed;

    @NotBlank
    @Size(max = 40)
    public String frameworkCode;

    @NotBlank
    @Size(max = 40)
    public String edition;

    @Size(max = 36)
    public String proxySetId;

    @NotNull
    @Size(max = 200)
    public List<@NotNull @Valid CommitmentInput> commitments;
  }

  @Schema(name = "CreateContractFromBidRequest")
  public static class CreateContractFromBid {
    @NotBlank
    @Size(max = 36)
    public String bidId;

    @NotBlank
    @Size(max = 100)
    public String buyerContractId;

    @Size(max = 300)
    @Schema(description = "Defaults to the tender's title")
    public String title;

    @DecimalMin("0")
    @Digits(integer = 15, fraction = 2)
    @Schema(description = "Defaults to the bid price")
    public BigDecimal value;

    @NotNull public LocalDate startDate;

    @NotNull public LocalDate endDate;

    @Size(max = 50)
    public List<@NotBlank @Size(max = 9) String> placesServed;

    @Schema(description = "For every KPI; defaults to QUARTERLY")
    public ReportingFrequency reportingFrequency;
  }

  @Schema(name = "Contract")
  public static class ContractResponse {
    public String id;
    public String buyerOrganisationId;
    public String supplierOrganisationId;
    public String buyerContractId;
    public String ocid;
    public String title;
    public BigDecimal value;
    public String currency;
    public LocalDate startDate;
    public LocalDate endDate;
    public List<String> placesServed;
    public String frameworkCode;
    public String edition;
    public String proxySetId;
    public String sourceTenderId;
    public String sourceBidId;
    public List<CommitmentResponse> commitments;

    @Schema(
        description =
            "True when the value is above £5m: the Procurement Act asks for at least 3 KPIs")
    public boolean kpiRequired;

    @Schema(description = "ACTIVE, or TERMINATED once terminated")
    public String status;

    public LocalDate terminatedOn;
    public String terminationReason;

    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    public long version;
  }

  @Schema(name = "EvidenceRef")
  public static class Evidence {
    @NotNull public EvidenceRef.Kind kind;

    @NotBlank
    @Size(max = 2000)
    @Schema(description = "A URL, or the id of a document in your document store")
    public String reference;

    @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256")
    @Schema(description = "Required for documents")
    public String sha256;

    @Size(max = 500)
    public String description;
  }

  @Schema(name = "SubmitReturnRequest")
  public static class SubmitReturn {
    @NotNull public LocalDate periodStart;

    @NotNull public LocalDate periodEnd;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal quantity;

    @Size(max = 4000)
    public String narrative;

    @Size(max = 20)
    public List<@NotNull @Valid Evidence> evidence;
  }

  @Schema(name = "BulkReturnItem")
  public static class BulkReturnItem extends SubmitReturn {
    @NotBlank
    @Size(max = 36)
    public String contractId;

    @NotBlank
    @Size(max = 36)
    public String commitmentId;
  }

  @Schema(name = "BulkReturnsRequest")
  public static class BulkReturns {
    @NotNull
    @Size(min = 1, max = 5000)
    public List<@NotNull @Valid BulkReturnItem> returns;
  }

  @Schema(name = "BulkResult")
  public static class BulkResult {
    public int accepted;

    @Schema(description = "The new returns' ids, in request order")
    public List<String> returnIds;
  }

  @Schema(name = "CorrectReturnRequest")
  public static class CorrectReturn {
    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal quantity;

    @Size(max = 4000)
    public String narrative;

    @Size(max = 20)
    public List<@NotNull @Valid Evidence> evidence;
  }

  @Schema(name = "RejectReturnRequest")
  public static class RejectReturn {
    @NotBlank
    @Size(max = 2000)
    public String reason;
  }

  @Schema(name = "KpiReturn")
  public static class ReturnResponse {
    public String id;
    public String contractId;
    public String commitmentId;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public BigDecimal quantity;
    public String narrative;
    public List<Evidence> evidence;
    public ReturnStatus status;
    public String rejectionReason;
    public String supersedesReturnId;
    public String supersededByReturnId;
    public String submittedBy;
    public OffsetDateTime submittedAt;
    public String reviewedBy;
    public OffsetDateTime reviewedAt;

    @Schema(
        description =
            "Set when the return counts a delivery confirmed by the VCFSE that received it (not the supplier's own"
                + " return): the VCFSE's answer. It changes only when the VCFSE changes its answer.")
    public ReturnDeliveryConfirmation deliveryConfirmation;

    public long version;
  }

  @Schema(
      name = "ReturnDeliveryConfirmation",
      description =
          "The evidence behind a return that counts a delivery: the pledge or offer claim it came through and the"
              + " receiving VCFSE's answer")
  public static class ReturnDeliveryConfirmation {
    @Schema(description = "The delivery (the pledge's or offer claim's id)")
    public String deliveryId;

    @Schema(enumeration = {"PLEDGE", "OFFER_CLAIM"})
    public String through;

    @Schema(description = "The need (pledge) or offer (claim)")
    public String listingId;

    public String listingTitle;
    public String unit;
    public String vcfseOrganisationId;
    public BigDecimal deliveredQuantity;
    public OffsetDateTime deliveredAt;

    @Schema(enumeration = {"CONFIRMED", "ADJUSTED", "DISPUTED"})
    public String status;

    @Schema(description = "What the VCFSE accepted: the quantity the return counts")
    public BigDecimal acceptedQuantity;

    public String reason;
    public OffsetDateTime answeredAt;
  }

  @Schema(name = "OverduePeriod")
  public static class OverduePeriod {
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public LocalDate dueBy;
  }

  @Schema(name = "CommitmentProgress")
  public static class CommitmentProgress {
    public String commitmentId;
    public String measureCode;
    public String unitLabel;

    @Schema(
        description =
            "The whole-contract target (per-year and per-quarter targets scaled by the contract's months)")
    public BigDecimal target;

    @Schema(description = "The target pro-rated to the elapsed share of the contract")
    public BigDecimal expectedToDate;

    @Schema(description = "Submitted and validated returns, corrections counted once")
    public BigDecimal claimed;

    public BigDecimal validated;

    @Schema(description = "validated / expectedToDate; absent when nothing is expected yet")
    public BigDecimal deliveredShare;

    public Rating rating;
    public BigDecimal claimedValue;
    public BigDecimal validatedValue;
    public List<OverduePeriod> overduePeriods;
  }

  @Schema(
      name = "PledgeEvidence",
      description =
          "Support delivered to a VCFSE through a directory pledge that names one of the contract's KPIs")
  public static class PledgeEvidence {
    public String pledgeId;
    public String commitmentId;
    public String needId;
    public String needTitle;
    public String supportType;
    public String unit;
    public String vcfseOrganisationId;
    public String businessOrganisationId;
    public BigDecimal deliveredQuantity;
    public String note;
    public OffsetDateTime deliveredAt;
  }

  @Schema(name = "ContractProgress")
  public static class ContractProgress {
    public String contractId;
    public LocalDate asOf;
    public BigDecimal elapsedShare;
    public List<CommitmentProgress> commitments;

    @Schema(description = "The worst KPI rating (OTHER only when no KPI can be rated yet)")
    public Rating rating;

    public BigDecimal claimedValue;
    public BigDecimal validatedValue;
    public String currency;
    public int overdueReturns;
  }

  @Schema(name = "ValueTraceTerm")
  public static class ValueTraceTerm extends ValuationTermResponse {
    public String commitmentId;
    public String proxySetId;
    public String proxySetName;
    public String proxySource;
  }

  @Schema(name = "ValueTrace")
  public static class ValueTrace {
    @Schema(enumeration = {"COMMITTED", "CLAIMED", "VALIDATED"})
    public String basis;

    public String currency;
    public BigDecimal total;
    public List<ValueTraceTerm> terms;
  }

  @Schema(
      name = "SupplierDashboardContract",
      description =
          "One contract of a supplier's own view: its buyer, each KPI's commitment and claimed and validated delivery"
              + " (VCFSE-confirmed deliveries included) and the committed, claimed and validated £ with their value traces")
  public static class SupplierDashboardContract {
    public String contractId;
    public String buyerOrganisationId;
    public String buyerContractId;
    public String title;
    public String currency;
    public LocalDate startDate;
    public LocalDate endDate;
    public BigDecimal committedValue;
    public BigDecimal claimedValue;
    public BigDecimal validatedValue;
    public ContractProgress progress;
    public ValueTrace committedTrace;
    public ValueTrace claimedTrace;
    public ValueTrace validatedTrace;
  }

  @Schema(name = "PerformanceKpi")
  public static class PerformanceKpi {
    public String commitmentId;
    public String title;
    public BigDecimal target;
    public BigDecimal expectedToDate;
    public BigDecimal delivered;
    public Rating rating;
  }

  @Schema(name = "Party")
  public static class Party {
    @Schema(description = "The organisation's org-id identifier, e.g. GB-LAE-WRL")
    public String id;

    public String name;
  }

  @Schema(
      name = "PerformanceSummary",
      description = "What a Contract Performance Notice (Procurement Act 2023, s.71) reports")
  public static class PerformanceSummary {
    public String contractId;
    public String ocid;
    public String title;
    public String buyerOrganisationId;
    public String supplierOrganisationId;

    @Schema(description = "The buyer as the notice names it")
    public Party buyer;

    @Schema(description = "The supplier as the notice names it")
    public Party supplier;

    public LocalDate periodStart;
    public LocalDate periodEnd;
    public List<PerformanceKpi> kpis;
    public Rating overallRating;
  }

  @Schema(name = "DashboardRow")
  public static class Row {
    public String key;
    public String label;
    public BigDecimal committedValue;
    public BigDecimal claimedValue;
    public BigDecimal validatedValue;
  }

  @Schema(name = "ContractFigure")
  public static class ContractFigure {
    public String contractId;
    public String title;
    public BigDecimal validatedValue;
    public Rating rating;
  }

  @Schema(name = "DashboardTotals")
  public static class Totals {
    public BigDecimal committedValue;
    public BigDecimal claimedValue;
    public BigDecimal validatedValue;
  }

  @Schema(name = "Dashboard")
  public static class Dashboard {
    public String buyerOrganisationId;
    public String currency;
    public Totals totals;
    public List<Row> byTheme;
    public List<Row> byPlace;
    public List<Row> byPeriod;
    public List<ContractFigure> topContracts;
    public List<ContractFigure> atRiskContracts;
  }

  @Schema(name = "BenchmarkIndicator")
  public static class Indicator {
    public String code;
    public String title;
    public BigDecimal own;

    @Schema(
        description =
            "Of the other buyers only; absent while fewer than minPeers of them have a figure")
    public BigDecimal median;

    @Schema(
        description =
            "Of the other buyers only; absent while fewer than minPeers of them have a figure")
    public BigDecimal p25;

    @Schema(
        description =
            "Of the other buyers only; absent while fewer than minPeers of them have a figure")
    public BigDecimal p75;

    @Schema(
        description = "How many other buyers have a figure for this indicator (never the caller)")
    public int peers;
  }

  @Schema(name = "Benchmark")
  public static class Benchmark {
    public String organisationId;

    @Schema(
        description =
            "The least number of other buyers with a figure for an indicator before its peer figures are shown")
    public int minPeers;

    public List<Indicator> indicators;
  }

  @Schema(name = "BenchmarkOptIn")
  public static class OptIn {
    @NotNull public Boolean optIn;
  }
}
