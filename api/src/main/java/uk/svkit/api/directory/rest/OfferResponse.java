package uk.svkit.api.directory.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.OfferStatus;
import uk.svkit.api.directory.domain.SupportType;

@Schema(name = "Offer")
public class OfferResponse {
  public String id;

  @Schema(description = "The offering business")
  public String organisationId;

  public String organisationName;
  public SupportType supportType;
  public String title;
  public String description;
  public BigDecimal quantity;
  public String unit;
  public BigDecimal claimedQuantity;
  public BigDecimal deliveredQuantity;
  public BigDecimal remainingQuantity;
  public String placeCode;
  public String postcode;
  public Double latitude;
  public Double longitude;
  public LocalDate expiresOn;
  public boolean expired;
  public OfferStatus status;
  public int claimCount;

  @Schema(
      description =
          "Kilometres from the search centre to the offer's postcode; only in searches near a point")
  public Double distanceKm;

  public long version;
  public OffsetDateTime createdAt;
  public OffsetDateTime updatedAt;
}
