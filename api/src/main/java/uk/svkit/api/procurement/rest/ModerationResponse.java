package uk.svkit.api.procurement.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Moderation")
public class ModerationResponse {
  public String questionKey;
  public String moderator;
  public int score;
  public String rationale;
  public OffsetDateTime updatedAt;
}
