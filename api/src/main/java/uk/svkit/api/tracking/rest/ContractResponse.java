package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contract")
public class ContractResponse {
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
  public List<ContractCommitmentResponse> commitments;

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
