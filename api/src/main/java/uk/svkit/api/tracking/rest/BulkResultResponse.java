package uk.svkit.api.tracking.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkResult")
public class BulkResultResponse {
  public int accepted;

  @Schema(description = "The new returns' ids, in request order")
  public List<String> returnIds;
}
