package uk.svkit.api.recognition.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThemeEvidenceInput")
public class ThemeEvidenceRequest {
  @NotBlank
  @Size(max = 20)
  public String themeCode;

  @NotBlank
  @Size(max = 4000)
  @Schema(description = "What changed")
  public String change;

  @NotNull
  @Min(0)
  @Max(10_000_000)
  @Schema(description = "How many stakeholders")
  public Integer stakeholders;

  @NotBlank
  @Size(max = 300)
  @Schema(description = "Where in the region")
  public String location;

  @NotBlank
  @Size(max = 100)
  @Schema(description = "When, e.g. 2025-26 or Apr-Sep 2025")
  public String period;
}
