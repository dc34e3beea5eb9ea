package uk.svkit.api.recognition.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnershipCommitmentInput")
public class PartnershipCommitmentRequest {
  @NotBlank
  @Size(max = 40)
  @Schema(description = "A measure of the partnership's framework edition (not a narrative one)")
  public String measureCode;

  @NotNull
  @DecimalMin(value = "0", inclusive = false)
  @Digits(integer = 15, fraction = 4)
  public BigDecimal targetQuantity;
}
