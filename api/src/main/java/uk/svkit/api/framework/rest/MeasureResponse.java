package uk.svkit.api.framework.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Measure")
public class MeasureResponse {
  public String code;
  public String title;

  @Schema(
      enumeration = {"FTE", "PEOPLE", "HOURS", "WEEKS", "GBP", "TCO2E", "COUNT", "PERCENT", "TEXT"})
  public String unitType;

  public String unitLabel;
  public boolean monetised;

  @Schema(
      description =
          "False for a published national reporting metric (e.g. a PPN 002 Standard Reporting"
              + " Metric); true for a measure defined by svkit or a buyer")
  public boolean bespoke;

  @Schema(description = "Where the measure's code, title and unit come from")
  public String source;
}
