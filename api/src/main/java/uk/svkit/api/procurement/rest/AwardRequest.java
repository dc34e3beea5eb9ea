package uk.svkit.api.procurement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardRequest")
public class AwardRequest {
  @NotBlank
  @Size(max = 36)
  public String bidId;
}
