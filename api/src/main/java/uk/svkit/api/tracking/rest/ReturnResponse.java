package uk.svkit.api.tracking.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.ReturnStatus;

@Schema(name = "KpiReturn")
public class ReturnResponse {
  public String id;
  public String contractId;
  public String commitmentId;
  public LocalDate periodStart;
  public LocalDate periodEnd;
  public BigDecimal quantity;
  public String narrative;
  public List<EvidenceRefRequest> evidence;
  public ReturnStatus status;
  public String rejectionReason;
  public String supersedesReturnId;
  public String supersededByReturnId;
  public String submittedBy;
  public OffsetDateTime submittedAt;
  public String reviewedBy;
  public OffsetDateTime reviewedAt;

  @Schema(
      description =
          "Set when the return counts a delivery confirmed by the VCFSE that received it (not the supplier's own"
              + " return): the VCFSE's answer. It changes only when the VCFSE changes its answer.")
  public ReturnDeliveryConfirmationResponse deliveryConfirmation;

  public long version;
}
