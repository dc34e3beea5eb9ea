package uk.svkit.api.directory.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.OfferClaimStatus;

@Schema(name = "OfferClaim")
public class ClaimResponse {
  public String id;
  public String offerId;
  public String vcfseOrganisationId;
  public String businessOrganisationId;
  public BigDecimal quantity;
  public String note;
  public String commitmentId;
  public OfferClaimStatus status;
  public BigDecimal deliveredQuantity;
  public String deliveryNote;
  public OffsetDateTime deliveredAt;
  public long version;
  public OffsetDateTime createdAt;
}
