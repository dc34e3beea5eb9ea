package uk.svkit.api.tracking.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.ReportingFrequency;

@Schema(name = "CreateContractFromBidRequest")
public class CreateContractFromBidRequest {
  @NotBlank
  @Size(max = 36)
  public String bidId;

  @NotBlank
  @Size(max = 100)
  public String buyerContractId;

  @Size(max = 300)
  @Schema(description = "Defaults to the tender's title")
  public String title;

  @DecimalMin("0")
  @Digits(integer = 15, fraction = 2)
  @Schema(description = "Defaults to the bid price")
  public BigDecimal value;

  @NotNull public LocalDate startDate;

  @NotNull public LocalDate endDate;

  @Size(max = 50)
  public List<@NotBlank @Size(max = 9) String> placesServed;

  @Schema(description = "For every KPI; defaults to QUARTERLY")
  public ReportingFrequency reportingFrequency;
}
