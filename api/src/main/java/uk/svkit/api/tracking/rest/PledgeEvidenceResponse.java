package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PledgeEvidence",
    description =
        "Support delivered to a VCFSE through a directory pledge that names one of the contract's KPIs")
public class PledgeEvidenceResponse {
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
