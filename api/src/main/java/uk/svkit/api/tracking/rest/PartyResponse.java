package uk.svkit.api.tracking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Party")
public class PartyResponse {
  @Schema(description = "The organisation's org-id identifier, e.g. GB-LAE-WRL")
  public String id;

  public String name;
}
