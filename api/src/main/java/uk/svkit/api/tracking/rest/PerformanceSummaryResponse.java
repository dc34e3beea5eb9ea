package uk.svkit.api.tracking.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.Rating;

@Schema(
    name = "PerformanceSummary",
    description = "What a Contract Performance Notice (Procurement Act 2023, s.71) reports")
public class PerformanceSummaryResponse {
  public String contractId;
  public String ocid;
  public String title;
  public String buyerOrganisationId;
  public String supplierOrganisationId;

  @Schema(description = "The buyer as the notice names it")
  public PartyResponse buyer;

  @Schema(description = "The supplier as the notice names it")
  public PartyResponse supplier;

  public LocalDate periodStart;
  public LocalDate periodEnd;
  public List<PerformanceKpiResponse> kpis;
  public Rating overallRating;
}
