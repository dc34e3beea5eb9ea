package uk.svkit.api.procurement.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateTenderRequest")
public class CreateTenderRequest {
  @NotBlank
  @Size(max = 100)
  @Schema(description = "Your own id for the tender in your e-tendering system; unique per buyer")
  public String buyerTenderId;

  @Size(max = 100)
  @Pattern(
      regexp = "ocds-[a-z0-9]{6}-.+",
      message = "must be an OCDS ocid such as ocds-h6vhtk-04f1c2")
  public String ocid;

  @NotBlank
  @Size(max = 300)
  public String title;

  @NotBlank
  @Size(max = 36)
  public String questionSetId;

  @Size(max = 36)
  @Schema(
      description =
          "The proxy set that values bids' commitments; without one, commitments are not valued")
  public String proxySetId;

  @NotNull
  @DecimalMin("0")
  @DecimalMax("100")
  @Digits(integer = 3, fraction = 2)
  @Schema(
      description =
          "Social value's share of the total tender score, in percent (at least the configured minimum, 10 by default)")
  public BigDecimal socialValueWeighting;

  @NotNull
  @DecimalMin("0")
  @Digits(integer = 15, fraction = 2)
  public BigDecimal contractValue;

  @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP")
  @Schema(description = "Defaults to GBP")
  public String currency;

  @NotNull public OffsetDateTime deadline;
}
