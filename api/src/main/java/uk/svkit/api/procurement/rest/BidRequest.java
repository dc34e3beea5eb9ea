package uk.svkit.api.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BidRequest")
public class BidRequest {
  @NotNull
  @DecimalMin(value = "0", inclusive = false)
  @Digits(integer = 15, fraction = 2)
  @Schema(description = "The bid price, in the tender's currency")
  public BigDecimal price;

  @NotNull
  @Size(max = 200)
  public List<@NotNull @Valid AnswerRequest> answers;
}
