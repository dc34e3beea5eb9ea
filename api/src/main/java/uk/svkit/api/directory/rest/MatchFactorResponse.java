package uk.svkit.api.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "MatchFactor",
    description = "One part of a match score and why it scored what it did")
public class MatchFactorResponse {
  @Schema(enumeration = {"theme", "place", "supportType", "needSize", "recency"})
  public String factor;

  public double points;
  public int max;
  public String reason;
}
