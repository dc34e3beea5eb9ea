package uk.svkit.api.anchor.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurePillar")
public class MeasurePillarResponse {
  public String id;

  @Schema(description = "Absent for shipped mappings")
  public String programmeId;

  public String measureCode;
  public String pillarCode;
}
