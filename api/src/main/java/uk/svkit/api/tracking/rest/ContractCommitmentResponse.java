package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.TargetPeriod;

@Schema(name = "ContractCommitment")
public class ContractCommitmentResponse {
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
      description = "One of the (up to 3) most material KPIs the Contract Details Notice publishes")
  public boolean mostMaterial;

  @Schema(description = "The first day the KPI applies (the start, or the variation that added it)")
  public LocalDate effectiveFrom;

  @Schema(description = "The day a variation retired the KPI, if it did")
  public LocalDate retiredOn;
}
