package uk.svkit.api.framework.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "FrameworkEdition",
    description = "An edition's tree: elements nest children and carry their measures")
public class FrameworkEditionResponse extends EditionSummaryResponse {
  public String frameworkCode;
  public String frameworkName;
  public List<FrameworkElementResponse> elements;

  @Schema(description = "Measures not attached to an element")
  public List<MeasureResponse> measures;
}
