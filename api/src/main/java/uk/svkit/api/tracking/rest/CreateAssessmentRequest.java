package uk.svkit.api.tracking.rest;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateAssessmentRequest")
public class CreateAssessmentRequest {
  @Schema(description = "Required unless correcting a published assessment")
  public LocalDate periodStart;

  @Schema(description = "At most 12 months after periodStart; the termination date on termination")
  public LocalDate periodEnd;

  @Schema(description = "The notice on termination (the contract must be terminated)")
  public Boolean onTermination;

  @Size(max = 36)
  @Schema(description = "A published assessment this one corrects: same period, supersedes it")
  public String supersedesAssessmentId;
}
