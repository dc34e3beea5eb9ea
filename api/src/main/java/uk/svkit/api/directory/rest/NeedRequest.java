package uk.svkit.api.directory.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.SupportType;

@Schema(name = "NeedInput")
public class NeedRequest {
  @NotNull public SupportType supportType;

  @NotBlank
  @Size(max = 200)
  public String title;

  @Size(max = 4000)
  public String description;

  @DecimalMin(value = "0", inclusive = false)
  @Digits(integer = 15, fraction = 2)
  @Schema(description = "How much is needed, where it fits (200 volunteer hours, 5000 GBP)")
  public BigDecimal quantity;

  @Size(max = 40)
  @Schema(example = "hours")
  public String unit;

  @Size(max = 9)
  @Schema(description = "ONS code of the place the need is in; defaults to where the VCFSE works")
  public String placeCode;

  @NotNull
  @Schema(description = "The last day the need is listed")
  public LocalDate expiresOn;
}
