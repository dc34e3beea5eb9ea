package uk.svkit.api.directory.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfferPage")
public class OfferPageResponse {
  public List<OfferResponse> items;

  @Schema(description = "Absolute URL of the next page; absent on the last page")
  public String next;
}
