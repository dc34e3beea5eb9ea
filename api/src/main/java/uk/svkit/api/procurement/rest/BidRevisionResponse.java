package uk.svkit.api.procurement.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BidRevision")
public class BidRevisionResponse {
  public int revision;
  public OffsetDateTime submittedAt;
  public String submittedBy;
  public BigDecimal price;
  public List<AnswerRequest> answers;
}
