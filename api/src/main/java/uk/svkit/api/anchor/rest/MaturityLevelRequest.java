package uk.svkit.api.anchor.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MaturityLevel")
public class MaturityLevelRequest {
  @NotNull
  @Min(1)
  @Max(10)
  public Integer value;

  @NotBlank
  @Size(max = 100)
  public String label;

  @Size(max = 1000)
  public String description;
}
