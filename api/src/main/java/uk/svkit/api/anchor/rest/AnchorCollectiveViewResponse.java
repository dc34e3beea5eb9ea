package uk.svkit.api.anchor.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnchorCollectiveView")
public class AnchorCollectiveViewResponse {
  public String programmeId;
  public int minPeers;
  public List<AnchorCollectiveIndicatorResponse> indicators;
}
