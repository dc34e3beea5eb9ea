package uk.svkit.api.recognition.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnershipCommitment")
public class PartnershipCommitmentResponse {
  public String measureCode;
  public String measureTitle;
  public String unitLabel;
  public BigDecimal targetQuantity;

  @Schema(description = "Delivered quantity the VCFSE confirmed (adjusted where it adjusted)")
  public BigDecimal confirmedQuantity;
}
