package uk.svkit.api.procurement.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BidScores")
public class BidScoresResponse {
  public String bidId;
  public List<ScoreResponse> scores;
  public List<ModerationResponse> moderations;
}
