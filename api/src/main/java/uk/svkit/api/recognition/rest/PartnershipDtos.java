package uk.svkit.api.recognition.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.framework.rest.ValuationTermResponse;
import uk.svkit.api.recognition.domain.PartnershipDeliveryStatus;

/** Request and response bodies of partnerships between businesses and VCFSEs. */
public final class PartnershipDtos {
  private PartnershipDtos() {}

  @Schema(name = "PartnershipCommitmentInput")
  public static class CommitmentInput {
    @NotBlank
    @Size(max = 40)
    @Schema(description = "A measure of the partnership's framework edition (not a narrative one)")
    public String measureCode;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 15, fraction = 4)
    public BigDecimal targetQuantity;
  }

  @Schema(name = "CreatePartnershipRequest")
  public static class CreatePartnership {
    @NotBlank
    @Size(max = 36)
    @Schema(description = "The VCFSE partner (an organisation with the VCFSE role)")
    public String vcfseOrganisationId;

    @NotBlank
    @Size(max = 300)
    public String title;

    @Size(max = 4000)
    public String description;

    @NotNull public LocalDate startedOn;

    @Schema(description = "Absent while it runs on")
    public LocalDate endsOn;

    @NotBlank
    @Size(max = 40)
    public String frameworkCode;

    @NotBlank
    @Size(max = 40)
    public String edition;

    @Size(max = 36)
    @Schema(
        description =
            "Values the partnership (£) with the one valuation engine; absent: not valued")
    public String proxySetId;

    @NotNull
    @Size(min = 1, max = 50)
    public List<@NotNull @Valid CommitmentInput> commitments;
  }

  @Schema(name = "PartnershipCommitment")
  public static class CommitmentResponse {
    public String measureCode;
    public String measureTitle;
    public String unitLabel;
    public BigDecimal targetQuantity;

    @Schema(description = "Delivered quantity the VCFSE confirmed (adjusted where it adjusted)")
    public BigDecimal confirmedQuantity;
  }

  @Schema(name = "PartnershipValue")
  public static class ValueResponse {
    public String proxySetId;
    public String currency;

    @Schema(description = "The commitments' targets, valued")
    public BigDecimal committedValue;

    @Schema(description = "What the VCFSE confirmed, valued; the trace adds up to it")
    public BigDecimal deliveredValue;

    public List<ValuationTermResponse> trace;
  }

  @Schema(name = "Partnership")
  public static class PartnershipResponse {
    public String id;
    public String businessOrganisationId;
    public String businessName;
    public String vcfseOrganisationId;
    public String vcfseName;
    public String title;
    public String description;
    public LocalDate startedOn;
    public LocalDate endsOn;
    public String frameworkCode;
    public String edition;
    public List<CommitmentResponse> commitments;

    @Schema(description = "Absent when the partnership names no proxy set")
    public ValueResponse value;

    @Schema(description = "The business agrees to show it on public recognitions")
    public boolean businessShows;

    @Schema(description = "The VCFSE agrees to show it on public recognitions")
    public boolean vcfseShows;

    @Schema(description = "Shown on both organisations' recognitions (both sides agree)")
    public boolean shownPublicly;

    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
  }

  @Schema(name = "SetPartnershipVisibilityRequest")
  public static class SetVisibility {
    @NotNull
    @Schema(description = "true: your side agrees to show it publicly; false: withdraws")
    public Boolean shown;
  }

  @Schema(name = "RecordPartnershipDeliveryRequest")
  public static class RecordDelivery {
    @NotBlank
    @Size(max = 40)
    @Schema(description = "One of the partnership's committed measures")
    public String measureCode;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 15, fraction = 4)
    public BigDecimal quantity;

    @NotNull
    @Schema(description = "Not in the future")
    public LocalDate deliveredOn;

    @Size(max = 2000)
    public String note;
  }

  @Schema(name = "DecidePartnershipDeliveryRequest")
  public static class Decide {
    @NotNull
    @Schema(enumeration = {"CONFIRMED", "ADJUSTED", "DISPUTED"})
    public PartnershipDeliveryStatus outcome;

    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    @Schema(description = "ADJUSTED: the quantity the VCFSE confirms instead")
    public BigDecimal quantity;

    @Size(max = 2000)
    @Schema(description = "Required to adjust or dispute")
    public String reason;
  }

  @Schema(name = "PartnershipDelivery")
  public static class DeliveryResponse {
    public String id;
    public String partnershipId;
    public String measureCode;

    @Schema(description = "As the business recorded it")
    public BigDecimal quantity;

    public LocalDate deliveredOn;
    public String note;
    public PartnershipDeliveryStatus status;

    @Schema(
        description =
            "What counts: as recorded, adjusted, or 0 when disputed; absent while PENDING")
    public BigDecimal confirmedQuantity;

    public String reason;
    public OffsetDateTime decidedAt;
    public OffsetDateTime createdAt;
  }

  @Schema(name = "PublicPartnership")
  public static class PublicPartnership {
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
}
