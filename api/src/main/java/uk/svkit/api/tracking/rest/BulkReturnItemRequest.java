package uk.svkit.api.tracking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkReturnItem")
public class BulkReturnItemRequest extends SubmitReturnRequest {
  @NotBlank
  @Size(max = 36)
  public String contractId;

  @NotBlank
  @Size(max = 36)
  public String commitmentId;
}
