package uk.svkit.api.procurement.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.procurement.domain.TenderStatus;

@Schema(name = "Tender")
public class TenderResponse {
  public String id;
  public String buyerOrganisationId;
  public String buyerTenderId;
  public String ocid;
  public String title;
  public String questionSetId;
  public int questionSetVersionNumber;
  public String proxySetId;
  public BigDecimal socialValueWeighting;
  public BigDecimal contractValue;
  public String currency;
  public OffsetDateTime deadline;
  public TenderStatus status;

  @Schema(
      description = "Subjects of the assigned evaluators; shown to the buyer and evaluators only")
  public List<String> evaluators;

  public String awardedBidId;
  public OffsetDateTime awardedAt;
  public OffsetDateTime createdAt;
  public OffsetDateTime updatedAt;
  public long version;
}
