package uk.svkit.api.anchor.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnchorContractKpis")
public class AnchorContractKpisResponse {
  public String measureCode;

  @Schema(description = "How many of the anchor's contract KPIs (as buyer) use the measure")
  public int kpis;

  public BigDecimal claimedQuantity;
  public BigDecimal validatedQuantity;
}
