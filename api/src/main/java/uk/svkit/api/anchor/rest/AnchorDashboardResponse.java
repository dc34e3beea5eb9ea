package uk.svkit.api.anchor.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnchorDashboard")
public class AnchorDashboardResponse {
  public String programmeId;
  public String organisationId;
  public List<AnchorPillarResponse> pillars;
}
