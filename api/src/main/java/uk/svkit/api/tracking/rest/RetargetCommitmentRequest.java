package uk.svkit.api.tracking.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.TargetPeriod;

@Schema(name = "RetargetCommitmentInput")
public class RetargetCommitmentRequest {
  @NotBlank
  @Size(max = 36)
  public String commitmentId;

  @NotNull
  @DecimalMin("0")
  @Digits(integer = 15, fraction = 4)
  public BigDecimal targetQuantity;

  @Schema(description = "Defaults to the KPI's current period")
  public TargetPeriod period;
}
