package uk.svkit.api.recognition.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SetPartnershipVisibilityRequest")
public class SetPartnershipVisibilityRequest {
  @NotNull
  @Schema(description = "true: your side agrees to show it publicly; false: withdraws")
  public Boolean shown;
}
