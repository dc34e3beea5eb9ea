package uk.svkit.api.directory.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.PledgeStatus;

@Schema(name = "Pledge")
public class PledgeResponse {
  public String id;
  public String needId;
  public String businessOrganisationId;
  public String vcfseOrganisationId;
  public BigDecimal quantity;
  public String note;
  public String commitmentId;
  public PledgeStatus status;
  public BigDecimal deliveredQuantity;
  public String deliveryNote;
  public OffsetDateTime deliveredAt;
  public long version;
  public OffsetDateTime createdAt;
}
