package uk.svkit.api.anchor.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.anchor.domain.IndicatorDirection;
import uk.svkit.api.anchor.domain.IndicatorUnit;

@Schema(name = "AnchorIndicator")
public class IndicatorResponse {
  public String id;

  @Schema(description = "Absent for the shipped catalogue, which applies to every anchor framework")
  public String programmeId;

  public String code;
  public String pillarCode;
  public String title;
  public IndicatorUnit unit;
  public IndicatorDirection direction;
  public String description;
}
