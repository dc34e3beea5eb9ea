package uk.svkit.api.procurement.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.procurement.domain.CommitmentPeriod;

@Schema(name = "Commitment")
public class CommitmentRequest {
  @Schema(readOnly = true, description = "The question's measure")
  public String measureCode;

  @Schema(readOnly = true)
  public String unitLabel;

  @NotNull
  @DecimalMin("0")
  @Digits(integer = 15, fraction = 4)
  public BigDecimal quantity;

  @NotNull public CommitmentPeriod period;

  @Size(max = 9)
  @Schema(
      description = "ONS code of the local authority area the commitment serves, e.g. E08000015")
  public String placeCode;

  @Size(max = 36)
  @Schema(description = "The VCFSE organisation the commitment will be delivered with, if any")
  public String vcfsePartnerOrganisationId;
}
