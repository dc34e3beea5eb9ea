package uk.svkit.api.recognition.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "UpdateProgrammeRequest",
    description = "Replaces the description and text version; elements cannot change.")
public class UpdateProgrammeRequest {
  @NotBlank
  @Size(max = 300)
  public String name;

  @Size(max = 300)
  @Schema(description = "Absent keeps the current value")
  public String administeredBy;

  @Size(max = 4000)
  public String summary;

  @Size(max = 1000)
  @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
  public String textUrl;

  @NotBlank
  @Size(max = 40)
  @Schema(
      description = "New signatures and applications record this version; earlier ones keep theirs")
  public String programmeVersion;

  public LocalDate launchedOn;

  @Min(1)
  @Max(240)
  @Schema(description = "Award schemes: applies to awards decided from now on (default 60)")
  public Integer validityMonths;
}
