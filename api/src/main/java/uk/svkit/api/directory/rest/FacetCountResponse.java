package uk.svkit.api.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FacetCount")
public class FacetCountResponse {
  public String value;
  public long count;
}
