package uk.svkit.api.anchor.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.ElementKind;

@Schema(name = "AnchorPillar")
public class AnchorPillarResponse {
  public String code;
  public String title;
  public ElementKind kind;
  public List<AnchorIndicatorProgressResponse> indicators;
  public List<AnchorContractKpisResponse> contractKpis;
}
