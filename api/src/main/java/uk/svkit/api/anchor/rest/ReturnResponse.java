package uk.svkit.api.anchor.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.ReturnStatus;
import uk.svkit.api.tracking.rest.EvidenceRefRequest;

@Schema(name = "AnchorIndicatorReturn")
public class ReturnResponse {
  public String id;
  public String declarationId;
  public String organisationId;
  public LocalDate periodStart;
  public LocalDate periodEnd;
  public BigDecimal value;
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
  public long version;
}
