package uk.svkit.api.tracking.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OverdueAssessment")
public class OverdueAssessmentResponse {
  public String contractId;
  public String buyerContractId;
  public String title;

  @Schema(description = "The end of the last published assessment, if any")
  public LocalDate assessedTo;

  public LocalDate dueBy;

  @Schema(description = "ANNUAL (12 months passed) or TERMINATION (no notice on termination)")
  public String reason;
}
