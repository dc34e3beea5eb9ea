package uk.svkit.api.directory.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DirectoryFacets",
    description = "Counts over every result of the search (all pages)")
public class DirectoryFacetsResponse {
  public List<FacetCountResponse> places;
  public List<FacetCountResponse> themes;
  public List<FacetCountResponse> supportTypes;
}
