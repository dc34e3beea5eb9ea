package uk.svkit.api.framework.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportFrameworkElement")
public class ImportFrameworkElementRequest {
  private static final String KINDS = "THEME|MISSION|PILLAR|OUTCOME|CRITERION";

  @NotBlank
  @Size(max = 40)
  @Schema(description = "Unique within the edition, e.g. Theme 1 or MAC 2.1")
  public String code;

  @NotNull
  @Pattern(regexp = KINDS, message = "must be one of THEME, MISSION, PILLAR, OUTCOME, CRITERION")
  @Schema(enumeration = {"THEME", "MISSION", "PILLAR", "OUTCOME", "CRITERION"})
  public String kind;

  @NotBlank
  @Size(max = 500)
  public String title;

  @Size(max = 40)
  @Schema(description = "The parent element's code; absent for a top-level element")
  public String parentCode;
}
