package uk.svkit.api.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code limit} and {@code cursor} query parameters of every list operation. A limit above the
 * configured ceiling ({@code svkit.paging.max-limit}) is capped, not rejected, so clients written
 * against a larger ceiling keep working.
 */
public class PageRequest {
  @QueryParam("limit")
  @Min(value = 1, message = "must be at least 1")
  @Max(value = 100_000, message = "must be at most 100000")
  @Parameter(description = "Items per page; capped by the server's configured maximum.")
  Integer limit;

  @QueryParam("cursor")
  @Size(max = 2048)
  @Parameter(description = "Opaque cursor from the previous page's next link.")
  String cursor;

  public PageRequest() {}

  public PageRequest(Integer limit, String cursor) {
    this.limit = limit;
    this.cursor = cursor;
  }

  public Integer requestedLimit() {
    return limit;
  }

  public String cursor() {
    return cursor;
  }
}
