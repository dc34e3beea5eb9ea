package uk.svkit.api.procurement.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Bid")
public class BidResponse {
  public String id;
  public String tenderId;
  public String supplierOrganisationId;
  public int revision;
  public BigDecimal price;
  public String currency;
  public List<AnswerRequest> answers;
  public OffsetDateTime submittedAt;
  public OffsetDateTime updatedAt;
  public long version;
}
