package uk.svkit.api.tracking.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrectReturnRequest")
public class CorrectReturnRequest {
  @NotNull
  @DecimalMin("0")
  @Digits(integer = 15, fraction = 4)
  public BigDecimal quantity;

  @Size(max = 4000)
  public String narrative;

  @Size(max = 20)
  public List<@NotNull @Valid EvidenceRefRequest> evidence;
}
