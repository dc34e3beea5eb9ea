package uk.svkit.api.framework.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FrameworkElement")
public class FrameworkElementResponse {
  @Schema(enumeration = {"THEME", "MISSION", "PILLAR", "OUTCOME", "CRITERION"})
  public String kind;

  public String code;
  public String title;

  @Schema(description = "Where the code and title come from (shipped editions)")
  public String source;

  public List<FrameworkElementResponse> children;
  public List<MeasureResponse> measures;
}
