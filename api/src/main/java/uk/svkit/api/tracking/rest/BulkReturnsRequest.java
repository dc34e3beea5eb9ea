package uk.svkit.api.tracking.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkReturnsRequest")
public class BulkReturnsRequest {
  @NotNull
  @Size(min = 1, max = 5000)
  public List<@NotNull @Valid BulkReturnItemRequest> returns;
}
