package uk.svkit.api.tracking.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.PerformanceFailure;

@Schema(name = "FollowUpPerformanceFailureRequest")
public class FollowUpPerformanceFailureRequest {
  @Size(max = 4000)
  public String remedy;

  @NotNull public PerformanceFailure.Status status;
}
