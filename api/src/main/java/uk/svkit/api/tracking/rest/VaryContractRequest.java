package uk.svkit.api.tracking.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "VaryContractRequest",
    description = "A variation: any of value, end date, KPIs added, retired or re-targeted")
public class VaryContractRequest {
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
  public List<ContractCommitmentRequest> addCommitments;

  @Size(max = 50)
  public List<@NotBlank @Size(max = 36) String> retireCommitmentIds;

  @Valid
  @Size(max = 50)
  public List<RetargetCommitmentRequest> retargetCommitments;
}
