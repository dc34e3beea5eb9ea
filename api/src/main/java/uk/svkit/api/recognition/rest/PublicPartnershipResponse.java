package uk.svkit.api.recognition.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicPartnership")
public class PublicPartnershipResponse {
  public String partnershipId;
  public String title;

  @Schema(description = "BUSINESS or VCFSE: the side the organisation looked up is on")
  public String side;

  public String partnerOrganisationId;
  public String partnerName;
  public LocalDate startedOn;
  public LocalDate endsOn;

  @Schema(description = "Delivered value the VCFSE confirmed; absent when not valued")
  public BigDecimal deliveredValue;

  public String currency;
}
