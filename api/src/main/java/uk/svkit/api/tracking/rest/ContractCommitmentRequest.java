package uk.svkit.api.tracking.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.TargetPeriod;

@Schema(name = "ContractCommitmentInput")
public class ContractCommitmentRequest {
  private static final String PERCENT = "Percent, 0 to 100";

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
