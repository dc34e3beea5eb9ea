package uk.svkit.api.tracking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RejectReturnRequest")
public class RejectReturnRequest {
  @NotBlank
  @Size(max = 2000)
  public String reason;
}
