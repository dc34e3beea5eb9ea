package uk.svkit.api.recognition.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordPartnershipDeliveryRequest")
public class RecordPartnershipDeliveryRequest {
  @NotBlank
  @Size(max = 40)
  @Schema(description = "One of the partnership's committed measures")
  public String measureCode;

  @NotNull
  @DecimalMin(value = "0", inclusive = false)
  @Digits(integer = 15, fraction = 4)
  public BigDecimal quantity;

  @NotNull
  @Schema(description = "Not in the future")
  public LocalDate deliveredOn;

  @Size(max = 2000)
  public String note;
}
