package uk.svkit.api.anchor.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.ReportingFrequency;

@Schema(name = "DeclareAnchorIndicatorRequest")
public class DeclareAnchorIndicatorRequest {
  @NotBlank
  @Size(max = 40)
  public String indicatorCode;

  @NotNull public ReportingFrequency frequency;

  @NotNull
  @Schema(description = "The first day of the first reporting period; periods run back to back")
  public LocalDate reportingFrom;

  @NotNull
  @Digits(integer = 15, fraction = 4)
  public BigDecimal baselineValue;

  @NotNull public LocalDate baselineOn;

  @Size(max = 50)
  public List<@NotNull @Valid AnchorIndicatorTargetRequest> targets = List.of();
}
