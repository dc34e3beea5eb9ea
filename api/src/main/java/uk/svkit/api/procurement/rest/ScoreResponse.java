package uk.svkit.api.procurement.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Score")
public class ScoreResponse {
  public String questionKey;
  public String evaluator;
  public int score;
  public String comment;
  public OffsetDateTime updatedAt;
}
