package uk.svkit.api.tracking.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.tracking.domain.PerformanceFailure;

@Schema(name = "ReportedFailure")
public class ReportedFailureResponse {
  public String failureId;
  public String commitmentId;
  public LocalDate occurredOn;
  public String description;
  public String remedy;
  public PerformanceFailure.Status status;
}
