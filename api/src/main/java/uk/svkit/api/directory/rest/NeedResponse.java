package uk.svkit.api.directory.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.directory.domain.NeedStatus;
import uk.svkit.api.directory.domain.SupportType;

@Schema(name = "Need")
public class NeedResponse {
  public String id;
  public String organisationId;
  public String organisationName;
  public SupportType supportType;
  public String title;
  public String description;
  public BigDecimal quantity;
  public String unit;
  public BigDecimal pledgedQuantity;
  public BigDecimal deliveredQuantity;
  public BigDecimal remainingQuantity;
  public String placeCode;
  public LocalDate expiresOn;
  public boolean expired;
  public NeedStatus status;

  @Schema(
      description =
          "Kilometres from the search centre to the VCFSE's base; only in searches near a point")
  public Double distanceKm;

  public long version;
  public OffsetDateTime createdAt;
  public OffsetDateTime updatedAt;
}
