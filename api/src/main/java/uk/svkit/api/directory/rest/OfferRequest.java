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

@Schema(name = "OfferInput")
public class OfferRequest {
  @NotNull public SupportType supportType;

  @NotBlank
  @Size(max = 200)
  public String title;

  @Size(max = 4000)
  public String description;

  @DecimalMin(value = "0", inclusive = false)
  @Digits(integer = 15, fraction = 2)
  @Schema(description = "How much is offered, where it fits (40 mentoring hours, 2000 GBP)")
  public BigDecimal quantity;

  @Size(max = 40)
  @Schema(example = "hours")
  public String unit;

  @Size(max = 9)
  @Schema(description = "ONS code of the place the offer is for; defaults to the postcode's")
  public String placeCode;

  @Size(max = 8)
  @Schema(
      description =
          "Where the support is given, for radius searches: a full postcode or a district (unknown is a 422)",
      example = "CH41 5AB")
  public String postcode;

  @NotNull
  @Schema(description = "The last day the offer is listed")
  public LocalDate expiresOn;
}
