package uk.svkit.api.anchor.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RejectAnchorIndicatorReturnRequest")
public class RejectAnchorIndicatorReturnRequest {
  @NotBlank
  @Size(max = 2000)
  public String reason;
}
