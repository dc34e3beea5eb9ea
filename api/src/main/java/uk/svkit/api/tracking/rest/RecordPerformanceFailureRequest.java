package uk.svkit.api.tracking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.PerformanceFailure;

@Schema(name = "RecordPerformanceFailureRequest")
public class RecordPerformanceFailureRequest {
  @Size(max = 36)
  @Schema(description = "The KPI failed; absent for a failure against the whole contract")
  public String commitmentId;

  @NotNull public LocalDate occurredOn;

  @NotBlank
  @Size(max = 4000)
  public String description;

  @Size(max = 4000)
  public String remedy;

  @Schema(description = "Defaults to OPEN")
  public PerformanceFailure.Status status;
}
