package uk.svkit.api.directory.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NeedPage")
public class NeedPageResponse {
  public List<NeedResponse> items;

  @Schema(description = "Absolute URL of the next page; absent on the last page")
  public String next;

  public DirectoryFacetsResponse facets;
}
