package uk.svkit.api.framework.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportMeasure")
public class ImportMeasureRequest {
  private static final String UNIT_TYPES = "FTE|PEOPLE|HOURS|WEEKS|GBP|TCO2E|COUNT|PERCENT|TEXT";

  @NotNull
  @Pattern(regexp = FrameworkPatterns.CODE, message = FrameworkPatterns.CODE_MESSAGE)
  @Schema(
      description =
          "Unique within the edition, e.g. WRL-EMP-01; proxy sets and valuations name measures by it")
  public String code;

  @NotBlank
  @Size(max = 500)
  public String title;

  @NotNull
  @Pattern(
      regexp = UNIT_TYPES,
      message = "must be one of FTE, PEOPLE, HOURS, WEEKS, GBP, TCO2E, COUNT, PERCENT, TEXT")
  @Schema(
      enumeration = {"FTE", "PEOPLE", "HOURS", "WEEKS", "GBP", "TCO2E", "COUNT", "PERCENT", "TEXT"})
  public String unitType;

  @NotBlank
  @Size(max = 100)
  public String unitLabel;

  @NotNull
  @Schema(
      description =
          "True if a proxy set may give the measure a money value; false for record-only measures")
  public Boolean monetised;

  @Size(max = 40)
  @Schema(
      description =
          "The code of the element the measure belongs to; absent for an unattached measure")
  public String elementCode;
}
